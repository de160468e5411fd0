/* address_label.c: an address named by its label, in any country's layout:
 *
 *   Home address: Jl. Ir. H. Juanda No. 89, Lebakgede, Coblong, Bandung 40132
 *   Service address: Unit 32 Protea Gardens, 142 Dorp Street, Stellenbosch 7600
 *   Domicilio:
 *   Jr. Junín 883
 *   Cercado de Lima, Lima 15001
 *   ... nar. 19. 10. 1990, bytem Dlouhá 945/21, 110 00 Praha 1 (dále jen ...)
 *
 * After a label that says "address" (in 20 languages; "Address for taxis:",
 * "Temporary address (until ...):" too) and its ':', the rest of the line, or
 * the lines after a label alone on its line (at most four, to an empty
 * line); after a phrase that says "residing at" ("bytem", "con domicilio
 * en", "wohnhaft in"), the rest of the clause. The value is an address when
 * it holds a number and two parts or more (a comma, a line) or a number
 * and two words, and is no e-mail address, URL, IP or phone number: the
 * labels of those ("E-mail address:", "IP address:", "MAC address:") are
 * passed. A value ends at a cell's end ('|', a tab, two spaces), at " (",
 * ';' or, after a phrase, at the clause's end (", y ", ", and "...). */
#include <string.h>

#include "address_int.h"

static const char *const label_words[] = {
	"address", "home address", "postal address", "mailing address", "shipping address",
	"billing address", "delivery address", "service address", "permanent address",
	"temporary address", "residential address", "street address", "return address",
	"residence", "usual residence", "adresse", "anschrift", "wohnadresse", "wohnort",
	"lieferadresse", "rechnungsadresse", "indirizzo", "indirizzo di consegna", "domicilio",
	"dirección", "direccion", "dirección de envío", "dirección de entrega", "domicílio",
	"endereço", "morada", "adres", "adresa", "bydliště", "domiciliul", "domiciliu", "osoite",
	"adress", "cím", "lakcím", "alamat", "tirahan", "adresse postale", "adresse de livraison",
	"adrese", "juridiskā adrese", "deklarētā adrese", "aadress", "adresas", "naslov",
	"адрес", "постоянен адрес", "настоящ адрес", "адрес за кореспонденция", "διεύθυνση",
	"διεύθυνση ακινήτου", "inmueble", "lokal",
	"current address", "address in home country", "indirizz", "adresa bydliště",
	/* Uzbek, Faroese, Galician, Basque, Hungarian, Cyrillic, Hebrew, Arabic, Persian, Chinese, Japanese, Korean, Thai;
	 * JSON and form keys; Vietnamese (its capital Đ is not folded, so
	 * both spellings) */
	"manzil", "yashash manzili", "bústaður", "enderezo", "helbidea", "lakóhely címe",
	"az új lakóhely címe", "lakóhely", "адреса", "כתובת", "العنوان",
	"عنوان", "آدرس", "地址", "住所", "주소", "ที่อยู่", "physical address",
	"postaladdress", "address1",
	"address_street", "address line 1", "address_line1", "địa chỉ", "Địa chỉ",
	"địa chỉ thường trú", "Địa chỉ thường trú", "địa chỉ liên hệ", "Địa chỉ liên hệ",
	"nơi thường trú", "nơi ở hiện tại", "nơi ở", "chỗ ở hiện tại", "nơi cư trú",
	/* Plautdietsch, Gilbertese, Ga, Samoan, Ladin, Asturian; a hostel's, a
	 * delivery's and a house's */
	"wonnplaz", "abam", "ofie", "tuatusi", "nuu / tuatusi", "residënza", "residenza",
	"direición", "hostel", "deliver to", "house",
	/* Sotho and Sepedi, Hindi and Urdu in Latin letters, Hiligaynon,
	 * Herero, Seychellois Creole, Kichwa, Piedmontese, Catalan, Welsh,
	 * Irish; ISO 20022's and HL7 CDA's address elements */
	"aterese", "atrese", "pata", "puloy-an", "ondjiviro", "ladres", "kawsana", "adrëssa",
	"adreça", "cyfeiriad", "seoladh", "adrline", "streetaddressline",
	/* a form's street and locality fields, each its own line (stop 39) */
	"straße, nr.", "straße, nr", "straße, hausnummer", "straße und hausnummer",
	"straße/hausnummer", "straße/nr.", "straße / nr.", "strasse, nr.",
	"plz, ort", "plz/ort", "plz / ort", "plz und ort", "postleitzahl, ort", "postleitzahl und ort",
	"calle y número", "código postal y localidad", "straat en huisnummer", "straat + huisnummer",
	"postcode en woonplaats", "postcode, woonplaats", "via e numero civico", "cap e città",
	"cap, città", "rue et numéro", "code postal et ville", "code postal, ville",
	/* a utility's and a landlord's: where the supply is, the let home
	 * (stop 48) */
	"anlagenadresse", "verbrauchsstelle", "lieferstelle", "verbruiksadres", "leveringsadres",
	"adresse de consommation", "adresse du logement", "adresse de fourniture", "supply address",
	"installation address", "property address", "premises address", "indirizzo di fornitura",
	"dirección de suministro", "endereço de instalação", "morada de fornecimento",
	"adres instalacji", "adres punktu poboru", "adresa odběrného místa", "adresa bytu",
	/* Romanian with its breve, an export's keys (stop 49) */
	"adresă", "adresa de domiciliu", "adresă de livrare", "shipping_address", "billing_address",
	"home_address", "street_address", "delivery_address", "mailing_address", "postal_address",
	"shippingaddress", "billingaddress", NULL,
};
struct rx_kwset ad_label_kws = RX_KWSET(label_words);

static const char *const phrase_words[] = {
	"bytem", "con domicilio en", "domiciliado en", "domiciliada en", "wohnhaft in",
	"residing at", "resident at", "demeurant", "demeurant au", "domiciliato in",
	"domiciliata in", "residente em", "woonachtig te", "woonachtig aan", "i live at",
	"vivo en", "gyvenantis", "gyvenanti", "stanujoč", "stanujoča", "stanujoč/a", "me banim në",
	"с постоянен адрес", "the address is", "my address is", "mi dirección es",
	"a minha morada é", "meine adresse ist", "mon adresse est", "mine is", "my address",
	"and my address", "r/o", "abeera ku kyalo kyaffe",
	"dia monina ao amin'ny", "kajakbalen", "deliver to",
	/* a Greek summons' or deed's "κατοίκου ..." (stop 47) */
	"κατοίκου", "κάτοικο", "κάτοικος", "κάτοικοι", "με διεύθυνση", "που κατοικεί στην",
	/* a new address said in a sentence, and where to ship */
	"my new address is", "our new address is", "our address is", "new address is",
	"my home address is", "the new address is", "ship to", "ship it to", "please ship to",
	"deliver it to", "meine neue adresse ist", "meine adresse lautet", "unsere adresse ist",
	"unsere neue adresse ist", "ma nouvelle adresse est", "notre adresse est",
	"notre nouvelle adresse est", "mi nueva dirección es", "nuestra dirección es",
	"il mio indirizzo è", "il mio nuovo indirizzo è", "mijn adres is", "mijn nieuwe adres is",
	"ons adres is", "ons nieuwe adres is", "o meu endereço é", "meu endereço é",
	"meu novo endereço é", "a nossa morada é", "mój adres to", "mój nowy adres to",
	"min adress är", "min nya adress är", "min adresse er", "min nye adresse er",
	"yeni adresim",
	/* a lease's parties and its home (stop 48): "wonende te", "domiciliat
	 * în", "le logement situé", "gelegen te", "situat în" */
	"wonende te", "wonende", "domiciliat în", "domiciliată în", "domiciliat(ă) în", "domiciliat",
	"situat în", "situată în", "le logement situé", "logement situé", "situé au", "située au",
	"gelegen te", "het goed gelegen te", "c'est au", "ubicado en", "ubicada en", "sito in",
	"situato in", "situata in", "gelegen in", "gelegen an", NULL,
};
struct rx_kwset ad_phrase_kws = RX_KWSET(phrase_words);

/* The word before the label names another kind of address. */
static int other_address(const char *s, size_t ls, size_t at)
{
	static const char *const kinds[] = {"email", "e-mail", "mail", "ip", "ipv4", "ipv6", "mac",
					    "web", "wallet", "btc", "eth", "server", "memory",
					    "bitcoin", "ethereum", "contract", "node", "bridge",
					    "broadcast", "network", "hardware", "institution",
					    "company", "organisation", "organization", "employer",
					    "school", "hospital", "office", NULL};
	size_t e = at;
	while (e > ls && (s[e - 1] == ' ' || s[e - 1] == '-'))
		e--;
	size_t b = e;
	while (b > ls && (rx_is_alnum((unsigned char)s[b - 1]) || s[b - 1] == '-'))
		b--;
	char w[16];
	if (e == b || e - b >= sizeof w)
		return 0;
	rx_fold(s + b, e - b, w, sizeof w);
	/* a document that proves one ("Proof of address: council tax bill
	 * dated ...", "evidence of address"; stop 51) */
	if (strcmp(w, "of") == 0 && b >= ls + 6 && s[b - 1] == ' ') {
		size_t pb = b - 1;
		while (pb > ls && rx_is_alpha((unsigned char)s[pb - 1]))
			pb--;
		return (b - 1 - pb == 5 && rx_fold_eq(s + pb, "proof", 5)) ||
		       (b - 1 - pb == 8 && rx_fold_eq(s + pb, "evidence", 8));
	}
	return ad_in_list(kinds, w);
}

/* Whether [a, b) reads like an address: a number, two parts or two words,
 * and not an e-mail address, URL, IP or phone number. */
static int address_like(const char *s, size_t a, size_t b)
{
	size_t digits = 0, other = 0, parts = 1, words = 0;
	int num = 0;
	if (b - a < 6 || b - a > 300)
		return 0;
	/* (a redacted or a template's value: "[anonymisiert]", "[...]",
	 * "<address>") */
	if ((s[a] == '[' || s[a] == '<') && (rx_is_alpha((unsigned char)s[a + 1]) || s[a + 1] == '.'))
		return 0; /* (a JSON array or object is read on: "[{\"use\": ...") */
	if (memchr(s + a, '@', b - a) || memmem(s + a, b - a, "://", 3) || memmem(s + a, b - a, "www.", 4) ||
	    (b - a > 2 && s[a] == '0' && (s[a + 1] == 'x' || s[a + 1] == 'X')))
		return 0;
	/* an IP ("10.0.0.1", "192.168.1.20/24") */
	{
		size_t i = a, dots = 0;
		while (i < b && (rx_is_digit((unsigned char)s[i]) || s[i] == '.'))
			dots += s[i++] == '.';
		if (dots >= 3)
			return 0;
	}
	size_t cjk = 0;
	for (size_t i = a; i < b; i++) {
		unsigned char ch = (unsigned char)s[i];
		if (rx_is_digit(ch)) {
			digits++;
			num = 1;
		} else if (ch != ' ' && ch != '\n' && ch != '\r') {
			other++;
		}
		/* ',' and the Arabic and CJK commas; words of any script; CJK
		 * addresses have no spaces ("九龍觀塘道181號7樓B室") */
		parts += ch == ',' || ch == '\n' || (ch == 0xD8 && i + 1 < b && (unsigned char)s[i + 1] == 0x8C) ||
			 (ch == 0xE3 && i + 2 < b && (unsigned char)s[i + 1] == 0x80 && (unsigned char)s[i + 2] == 0x81) ||
			 (ch == 0xEF && i + 2 < b && (unsigned char)s[i + 1] == 0xBC && (unsigned char)s[i + 2] == 0x8C);
		words += rx_letter_at(s, b, i) && (i == a || s[i - 1] == ' ' || s[i - 1] == '\n');
		cjk += ch >= 0xE3 && ch <= 0xE9;
	}
	if (cjk >= 4)
		words += 2;
	if (!num || digits * 2 > digits + other)
		return 0; /* no number, or mostly digits (a phone, an id) */
	/* (its first number an international phone's: a crew list's
	 * "Dirección: Araceli Quiroz — +52 999 975 3025", the directing
	 * department's; stop 51) */
	for (size_t i = a; i < b; i++)
		if (rx_is_digit((unsigned char)s[i])) {
			if (i > a && s[i - 1] == '+')
				return 0;
			break;
		}
	return parts >= 2 || words >= 2;
}

/* The end of a value that starts at v on its line: a cell's end, " (",
 * ';', and for a phrase the clause's end. */
static size_t value_end(const char *s, size_t len, size_t v, int phrase, char quote)
{
	static const char *const clause_ends[] = {", y ", ", and ", ", e ", ", et ", ", und ",
						  ", en ", ", a ", ", i ", ", o ", NULL};
	size_t le = rx_line_end(s, len, v), e = v;
	int part = 0, pdig = 0; /* parts after commas; a digit in this one */
	for (; e < le; e++) {
		char ch = s[e];
		pdig |= rx_is_digit((unsigned char)ch);
		/* in a sentence, a town after a comma ends at a word in lower
		 * case that no town holds ("I live at 115 Rookery Gardens,
		 * Malton by six"; not "Stratford upon Avon"), when no number
		 * follows in its part */
		if (phrase && !quote && part && !pdig && ch == ' ' && e > v && rx_is_alpha((unsigned char)s[e - 1]) &&
		    e + 2 < le && rx_is_lower((unsigned char)s[e + 1])) {
			size_t b = e;
			while (b > v && rx_is_alpha((unsigned char)s[b - 1]))
				b--;
			char w[16];
			size_t we = ad_word(s, le, e + 1, w, sizeof w);
			/* (no number follows in the part: "Kossuth Lajos utca
			 * 34." is a street) */
			size_t q = e;
			while (q < le && s[q] != ',' && !rx_is_digit((unsigned char)s[q]))
				q++;
			if (rx_is_upper((unsigned char)s[b]) && we > e + 2 && !ad_in_list(ad_particles, w) &&
			    strcmp(w, "in") != 0 && (q == le || s[q] == ','))
				return e;
		}
		if (ch == ',') {
			/* (an international phone after it ends it: "Calle Sol
			 * 14, 29001 Málaga, +34 672 ..."; stop 51) */
			if (!quote && e + 3 < le && s[e + 1] == ' ' && s[e + 2] == '+' && rx_is_digit((unsigned char)s[e + 3]))
				return e;
			part++;
			pdig = 0;
		}
		/* (a postal code, two spaces and the town to the line's end:
		 * Swedish post's "Storgatan 70, 582 24  LINKÖPING") */
		if (!quote && ch == ' ' && e + 2 < le && s[e + 1] == ' ' && e > v + 3 &&
		    ((rx_is_digit((unsigned char)s[e - 1]) && rx_is_digit((unsigned char)s[e - 2])) ||
		     (rx_is_upper((unsigned char)s[e - 1]) && rx_is_upper((unsigned char)s[e - 2]) && e >= v + 8 &&
		      s[e - 3] == ' ' && rx_is_digit((unsigned char)s[e - 4])))) {
			/* (or a Dutch postcode's letters: "6515 XA  NIJMEGEN, hierna
			 * ...": the town to a comma after a phrase) */
			size_t t = e;
			while (t < le && s[t] == ' ')
				t++;
			size_t te = le;
			if (phrase) {
				const char *cm = memchr(s + t, ',', le - t);
				if (cm)
					te = (size_t)(cm - s);
			}
			while (te > t && rx_in(" \r", s[te - 1]))
				te--;
			int town = t < te && te - t <= 32 && rx_cap_at(s, le, t);
			for (size_t k = t; town && k < te; k++)
				town = !rx_is_digit((unsigned char)s[k]) && !rx_in(",;|\t:", s[k]);
			if (town)
				return te;
		}
		/* (an em dash between a form's fields: "Адрес: ..., г. Тверь —
		 * СНИЛС ..."; stop 65) */
		if (!quote && ch == ' ' && rx_dash_sep(s, le, e) == 5 && (unsigned char)s[e + 3] == 0x94)
			break;
		if (quote ? ch == quote
			  : ch == '|' || ch == '\t' || ch == ';' ||
				    (ch == ' ' && e + 1 < le && (s[e + 1] == ' ' || s[e + 1] == '(')))
			break;
		/* " y DNI/NIE ...", " and ID ...": a conjunction before an
		 * acronym or a small word ends the address */
		if (ch == ' ' && !quote && e + 3 < le && rx_in("yeiau", s[e + 1])) {
			size_t q = e + 1;
			while (q < le && rx_is_lower((unsigned char)s[q]))
				q++;
			if (q < le && s[q] == ' ' && q - e - 1 <= 3 && q + 2 < le &&
			    ((rx_is_upper((unsigned char)s[q + 1]) && rx_is_upper((unsigned char)s[q + 2])) ||
			     rx_is_lower((unsigned char)s[q + 1]))) {
				static const char *const conj[] = {"y", "and", "und", "et", "e", "i", "a", NULL};
				char w[4] = {0};
				memcpy(w, s + e + 1, q - e - 1);
				if (ad_in_list(conj, w))
					return e;
			}
		}
		/* a Spanish question or exclamation after the address ("...
		 * 28009 Madrid. ¿Lo escribo?"; ". " and a capital may follow an
		 * abbreviation: "Depto. 464, Col. Centro") */
		if (ch == '.' && !quote && e > v && rx_is_lower((unsigned char)s[e - 1]) && e + 3 < le &&
		    s[e + 1] == ' ' && (unsigned char)s[e + 2] == 0xC2 &&
		    ((unsigned char)s[e + 3] == 0xBF || (unsigned char)s[e + 3] == 0xA1))
			return e;
		/* a sentence after it ("... 5623 EX Eindhoven. U kunt mij
		 * bereiken op ..."): '.', a space and a capital after a word of
		 * four letters or more that is no abbreviation ("Blvd.") */
		if (ch == '.' && !quote && e + 2 < le && s[e + 1] == ' ' && rx_cap_at(s, le, e + 2)) {
			/* (or a field's label after it, in any script: "Khánh Hòa.
			 * Ngày sinh: ...", "Καλαμπάκα. Ημ. γέννησης: ..."; stop 60) */
			size_t q = e + 2;
			while (q < le && q - e < 40 && !rx_is_digit((unsigned char)s[q]) && !rx_in(",:;", s[q]))
				q++;
			/* (not a house's number, "Menekşe Sk. No: 58") */
			if (q + 1 < le && s[q] == ':' && s[q + 1] == ' ' && q - e - 2 >= 5 &&
			    !rx_is_digit((unsigned char)s[e - 1]))
				return e;
			static const char *const abbr[] = {"blvd", "avda", "ctra", "bldg", "depto", "apto",
							   "dept", "dpto", "cdla", "brgy", "edif", "sect", "prov", "dist",
							   "mahalle", "sokak", "cddesi", NULL};
			size_t b = e;
			/* (or after a postcode: "C.P. 03100. Desde el ...", "Derby
			 * DE9 9HZ. Since ...") */
			if (e >= v + 5 && rx_is_digit((unsigned char)s[e - 1]) && rx_is_digit((unsigned char)s[e - 2]) &&
			    rx_is_digit((unsigned char)s[e - 3]) && rx_is_digit((unsigned char)s[e - 4]))
				return e;
			if (e >= v + 4 && rx_is_upper((unsigned char)s[e - 1]) && rx_is_upper((unsigned char)s[e - 2]) &&
			    rx_is_digit((unsigned char)s[e - 3]) && s[e - 4] == ' ')
				return e;
			while (b > v && rx_is_alpha((unsigned char)s[b - 1]))
				b--;
			char w[12];
			if (e - b >= 4 && (b == v || !rx_is_digit((unsigned char)s[b - 1]))) {
				if (e - b >= sizeof w)
					return e;
				rx_fold(s + b, e - b, w, sizeof w);
				if (!ad_in_list(abbr, w))
					return e;
			}
		}
		if (ch != ',' || quote)
			continue;
		if (phrase)
			for (const char *const *w = clause_ends; *w; w++)
				if (e + strlen(*w) <= le && memcmp(s + e, *w, strlen(*w)) == 0)
					return e;
		/* another field after it (", PAN ABCPD1234E", ", tél. 02 ...",
		 * ", Aadhaar No. ..."): the address ends at the comma */
		{
			static const char *const fields[] = {"pan", "aadhaar", "tel", "tél", "tel.", "tél.",
							     "phone", "mobile", "mob", "mob.", "cell", "email",
							     "e-mail", "ssn", "nif", "dni", "nie", "cpf", "iban",
							     "dob", "passport", "τηλ", "τηλ.", "τηλέφωνο", "κιν.", "κιν",
							     "αφμ", "ΑΦΜ", "cnp", "afm", "bsn", "dpe", "foglio", "t.c.", NULL};
			size_t w = e + 1, k;
			while (w < le && s[w] == ' ')
				w++;
			for (k = w; k < le && (rx_is_alpha((unsigned char)s[k]) || s[k] == '-' ||
					       (unsigned char)s[k] >= 0x80);)
				k++;
			if (k < le && s[k] == '.')
				k++;
			char fw[12];
			if (k > w && k - w < sizeof fw && k < le && rx_in(" :", s[k])) {
				rx_fold(s + w, k - w, fw, sizeof fw);
				if (ad_in_list(fields, fw))
					return e;
			}
		}
		/* after a phrase, a part in small letters without a number
		 * once the address had its numbers (", în calitate de ...",
		 * ", rijksregisternr. ...", ", kadastraal ...", ", ci-après
		 * ..."); a county's or a box's word goes on ("jud. Iași") */
		if (phrase && part > 0) {
			static const char *const goes_on[] = {"jud", "județul", "judetul", "sector", "bte", "bus",
							      "boîte", "app", "apt", "apto", "appt", "esc", "piso", "prov", "distr", "dpto", "depto", "int", "interior", "casa",
							      "gmina", "powiat", "okres", "kr", "gm", NULL};
			size_t w0 = e + 1, w1;
			while (w0 < le && s[w0] == ' ')
				w0++;
			int small = w0 < le && (rx_is_lower((unsigned char)s[w0]) ||
						((unsigned char)s[w0] >= 0xC3 && rx_letter_at(s, le, w0) && !rx_cap_at(s, le, w0)));
			for (w1 = w0; small && w1 < le && (rx_is_alpha((unsigned char)s[w1]) || (unsigned char)s[w1] >= 0x80 ||
							   s[w1] == '-');)
				w1++;
			/* (a part without a number, or a word no address holds:
			 * "né(e) le 13/08/1974", "rijksregisternr. 65...") */
			static const char *const never[] = {"né", "née", "né(e)", "nato", "nata", "geboren", "born",
							    "nacido", "nacida", "nascido", "nascida", "născut", "născută",
							    "nascut", "nascuta", "urodzony", "urodzona", "narozen", "narozena",
							    "rijksregisternr", "rijksregisternummer", "bsn", "dpe",
							    "foglio", "kadastraal", "cadastral", "cnp", "déclare",
							    "declara", "dichiara", "verklaart", "erklärt", "atteste",
							    "certifie", "ci-après", "hierna", "hereinafter", "în", NULL};
			char gw[20];
			int digits_before = 0, digits_after = 0;
			for (size_t q = v; q < e && !digits_before; q++)
				digits_before = rx_is_digit((unsigned char)s[q]);
			for (size_t q = w0; q < le && s[q] != ',' && !digits_after; q++)
				digits_after = rx_is_digit((unsigned char)s[q]);
			if (small && digits_before && w1 > w0 && w1 - w0 < sizeof gw) {
				rx_fold(s + w0, w1 - w0, gw, sizeof gw);
				if ((!digits_after && !ad_in_list(goes_on, gw)) || ad_in_list(never, gw))
					return e;
			}
		}
		/* a sentence goes on after the address (", est cité(e) à
		 * comparaître le ...", ", zvu Chiamaka ..."): a part that
		 * starts with a small word of three letters or more and runs
		 * three words or more */
		size_t w = e + 1, words = 0, k;
		while (w < le && s[w] == ' ')
			w++;
		for (k = w; k < le && rx_is_lower((unsigned char)s[k]);)
			k++;
		if (k - w >= 3 && (k >= le || s[k] == ' ' || ((unsigned char)s[k] & 0x80))) {
			for (size_t q = w; q < le && s[q] != ','; q++)
				words += s[q] == ' ';
			if (words >= 2)
				return e;
		}
	}
	return e;
}

/* Trailing spaces, commas and a sentence's full stop (not an
 * abbreviation's: "Mérida, Yuc."). */
static size_t trim_end(const char *s, size_t a, size_t e)
{
	while (e > a && rx_in(" \r,:", s[e - 1]))
		e--;
	if (e > a && s[e - 1] == '.') {
		size_t w = e - 1;
		while (w > a && rx_is_alpha((unsigned char)s[w - 1]))
			w--;
		if (e - 1 - w == 0 || e - 1 - w > 4 || (w > a && rx_is_digit((unsigned char)s[w - 1])))
			e--; /* (a postcode's letters: "Bristol BS8 1TH.") */
	}
	return e;
}

/* Whether the phrase at [c->ms, c->me) starts with w (folded). */
static int phrase_is(const struct rx_ctx *c, const char *w)
{
	size_t n = strlen(w);
	return c->me - c->ms >= n && rx_fold_eq(c->text + c->ms, w, n);
}

/* "ship to 40 countries", "ship to 3 addresses": a number, then a word in
 * lower case that is no street's ("12 rue de la Paix", "5 via Roma"). */
static int counted_things(const char *s, size_t a, size_t e)
{
	static const char *const street[] = {"rue", "avenue", "av", "boulevard", "bd", "allée",
					     "chemin", "impasse", "place", "quai", "route", "via",
					     "viale", "piazza", "corso", "calle", "avenida", "rua",
					     "ul", "straße", "strasse", NULL};
	size_t i = a, w;
	while (i < e && rx_is_digit((unsigned char)s[i]))
		i++;
	if (i == a || i + 1 >= e || s[i] != ' ' || !rx_is_lower((unsigned char)s[i + 1]))
		return 0;
	for (w = i + 1; w < e && rx_is_alpha((unsigned char)s[w]);)
		w++;
	char word[16];
	if (w - i - 1 >= sizeof word)
		return 1;
	rx_fold(s + i + 1, w - i - 1, word, sizeof word);
	return !ad_in_list(street, word);
}

static unsigned detect_label(struct rx_ctx *c, int phrase)
{
	const char *s = c->text;
	size_t len = c->len, ls = rx_line_start(s, c->ms), le = rx_line_end(s, len, c->me);
	if (c->ms > 0 && rx_letter_before(s, c->ms))
		return 0;
	if (other_address(s, ls, c->ms))
		return 0;
	/* (a person found at the address, whose name is the value: "Relative
	 * at previous address: ...", "Neighbour at the address: ..."; stop 67) */
	if (!phrase && c->ms >= ls + 8 && c->ms - ls <= 40) {
		const char *at = memmem(s + ls, c->ms - ls, " at ", 4);
		static const char *const who[] = {"relative", "neighbour", "neighbor", "contact", "occupant",
						  "person", "someone", "tenant", "other", NULL};
		for (const char *const *w = who; at && *w; w++)
			if ((size_t)(at - s) - ls == strlen(*w) && rx_fold_eq(s + ls, *w, strlen(*w)))
				return 0;
	}
	size_t v = c->me;
	int bar = 0;
	if (phrase) {
		if (v >= le || s[v] != ' ')
			return 0;
	} else if (c->ms > 0 && s[c->ms - 1] == '<' && v < le && s[v] == '>') {
		/* an element's text ("<AdrLine>Via Castriota 15</AdrLine>"),
		 * cut at the next tag below */
		v++;
	} else {
		/* to the ':' within 40 bytes ("Address for taxis:",
		 * "Temporary address (until 2025-02-04):") */
		size_t k = v;
		while (k < le && k - v < 40 && s[k] != ':' && s[k] != '|' && !(s[k] == '\xc2' && s[k + 1] == '\xa6'))
			k++;
		if (k >= le || (k > v && memchr(s + v, '@', k - v)))
			return 0;
		/* (a scanned form's '|' or '¦' after a label that starts its
		 * line: "Straße, Nr. | Lerchenfeld 75") */
		if (s[k] != ':') {
			size_t b = ls, g = v;
			while (b < c->ms && rx_in(" \t", s[b]))
				b++;
			while (g < k && s[g] == ' ')
				g++;
			if (b != c->ms || g != k)
				return 0;
		}
		bar = s[k] != ':';
		v = k + (s[k] == '\xc2' ? 2 : 1);
	}
	while (v < le && (s[v] == ' ' || s[v] == '\t' || s[v] == '*'))
		v++;
	/* "my address for her reply is ...": words in lower case, then "is" */
	if (phrase && v + 8 < le && rx_fold_eq(s + v, "for ", 4)) {
		size_t q = v + 4;
		while (q < le && q - v < 32 && (rx_is_lower((unsigned char)s[q]) || s[q] == ' ') &&
		       !(s[q] == ' ' && q + 4 <= le && !memcmp(s + q, " is ", 4)))
			q++;
		if (q + 4 <= le && !memcmp(s + q, " is ", 4))
			v = q + 4;
		/* (or then a colon: "My address for their records: 88 ...";
		 * stop 51) */
		else if (q + 2 <= le && s[q] == ':' && s[q + 1] == ' ')
			v = q + 2;
	}
	/* "update my address to ...", "my address is now ..." */
	if (phrase)
		for (int k = 0; k < 2 && v < le; k++) {
			static const char *const link[] = {"to ", "is ", "now ", "at ", "ist ", "est ", "es ", NULL};
			size_t l = 0;
			for (const char *const *q = link; *q && !l; q++)
				if (le - v > strlen(*q) && rx_fold_eq(s + v, *q, strlen(*q)))
					l = strlen(*q);
			v += l;
		}
	size_t a = v, e;
	/* (an export's key with '_' names its string, not an object: the
	 * object's own keys name the parts, "shipping_address":{"address1":
	 * ...}) */
	if (memchr(s + c->ms, '_', c->me - c->ms) && (v >= le || s[v] != '"'))
		return 0;
	if (v < le) {
		/* a quoted value ("address": "...") ends at its quote */
		char quote = 0;
		if (s[v] == '"' || s[v] == '\'') {
			quote = s[v];
			a = ++v;
		}
		e = trim_end(s, a, value_end(s, len, v, phrase, quote));
		/* (after a '|' label, the next '|' ends the value) */
		const char *bq = bar ? memchr(s + a, '|', e - a) : NULL;
		if (bq)
			e = trim_end(s, a, (size_t)(bq - s));
		/* a street to the line's end, and the next line a postcode and
		 * its town alone ("Verbruiksadres:  Hoogstraatje 114 bus 11" /
		 * "8000 Brugge") */
		else if (!phrase && !quote && e == trim_end(s, a, le) && le + 6 < len) {
			size_t n0 = le + 1, n1 = rx_line_end(s, len, n0), d = n0;
			while (d < n1 && rx_is_digit((unsigned char)s[d]))
				d++;
			int town = d - n0 >= 4 && d - n0 <= 5 && d + 2 < n1 && s[d] == ' ' && rx_cap_at(s, n1, d + 1) &&
				   n1 - n0 <= 40, num = 0;
			for (size_t k = a; k < e && !num; k++)
				num = rx_is_digit((unsigned char)s[k]); /* (the street's number above it) */
			town &= num;
			for (size_t k = d + 1; town && k < n1; k++)
				town = !rx_is_digit((unsigned char)s[k]) && !rx_in(":@|\t", s[k]);
			if (town)
				e = trim_end(s, a, n1);
		}
	} else {
		/* the label alone on its line: the lines after it, to an
		 * empty line, the next field or four lines */
		if (phrase || le >= len)
			return 0;
		a = le + 1;
		/* a line without a digit first is a name's ("Johanna
		 * Zimmermann", then "Fliederweg 73") */
		if (a < len) {
			size_t l1 = rx_line_end(s, len, a), d = a;
			while (d < l1 && !rx_is_digit((unsigned char)s[d]))
				d++;
			if (d == l1 && l1 < len && l1 > a)
				a = l1 + 1;
		}
		e = a;
		size_t cur = a, anchored = NONE;
		for (int lines = 0; lines < 4 && cur < len; lines++) {
			size_t le2 = rx_line_end(s, len, cur);
			if (le2 == cur || le2 - cur > 100)
				break;
			const char *colon = memchr(s + cur, ':', le2 - cur);
			if (colon && (size_t)(colon - s) + 1 < le2 && colon[1] == ' ')
				break;
			/* a line after the one that ends with the locality is
			 * the text's, not the address's ("Eugene, OR 97405" then
			 * "I'm Trevor Burrows, ..."), unless a country's name
			 * (letters alone, a capital first) */
			if (anchored != NONE) {
				size_t w = cur;
				while (w < le2 && (rx_letter_at(s, le2, w) || s[w] == ' '))
					w += rx_letter_at(s, le2, w) ? rx_letter_at(s, le2, w) : 1;
				if (w < le2 || le2 - cur > 24 || !rx_cap_at(s, le2, cur))
					break;
				e = le2; /* (one line: the country) */
				break;
			}
			for (size_t i = cur; i < le2 && anchored != le2; i++) {
				size_t ae = ad_anchor(s, le2, i);
				if (ae != NONE && ae == trim_end(s, cur, le2))
					anchored = le2;
			}
			e = le2;
			if (le2 >= len)
				break;
			cur = le2 + 1;
		}
		e = trim_end(s, a, e);
	}
	/* an ADIF field, "<ADDRESS:30>Kidričeva ulica 25, 6000 Koper <EOR>":
	 * its length before '>', the next tag after it */
	if (!phrase && c->ms > 0 && s[c->ms - 1] == '<') {
		size_t q = a;
		while (q < e && rx_is_digit((unsigned char)s[q]))
			q++;
		if (q > a && q < e && s[q] == '>')
			a = q + 1;
		const char *lt = e > a ? memchr(s + a, '<', e - a) : NULL;
		if (lt)
			e = trim_end(s, a, (size_t)(lt - s));
	}
	/* (a conjunction that ends the line is the next clause's: "...
	 * Fremantle WA 6160 and") */
	if (phrase) {
		static const char *const conj[] = {" and", " und", " et", " y", " e", " en", " or", " oder", NULL};
		for (const char *const *q = conj; *q; q++) {
			size_t l = strlen(*q);
			if (e >= a + l && !memcmp(s + e - l, *q, l)) {
				e = trim_end(s, a, e - l);
				break;
			}
		}
	}
	if (e <= a || (phrase && counted_things(s, a, e)))
		return 0;
	/* where to ship is an address only with its locality ("ship to EU
	 * countries, 2 weeks" and "ship it to the office, room 4" are none) */
	if (phrase && (phrase_is(c, "ship") || phrase_is(c, "please ship") || phrase_is(c, "deliver it"))) {
		size_t i = a;
		while (i < e && ad_anchor(s, e, i) == NONE)
			i++;
		if (i == e)
			return 0;
	}
	/* a village's address has no number: after a label (not a phrase),
	 * four parts or more, a capital first ("Abam: Eita village, near the
	 * maneaba, South Tarawa, Kiribati") */
	if (!address_like(s, a, e)) {
		size_t commas = 0, other = 0;
		for (size_t i = a; i < e; i++) {
			commas += s[i] == ',';
			other += rx_is_digit((unsigned char)s[i]) || s[i] == '@' || s[i] == '/' || s[i] == ':';
		}
		if (phrase || commas < 3 || other || !rx_cap_at(s, e, a) || e - a > 160)
			return 0;
	}
	/* a province in parentheses after the locality ("39046 Ortisei (BZ)");
	 * a postal code there (Korea's "... 112동 739호 (13494)") */
	if (e + 1 < len && s[e] == ' ' && s[e + 1] == '(' && !rx_is_digit((unsigned char)s[e - 1]))
		e = ad_locality_tail(s, len, e);
	if (e + 7 < len && s[e] == ' ' && s[e + 1] == '(') {
		size_t q = e + 2, n = ad_digits_at(s, len, q);
		if (n >= 4 && n <= 6 && q + n < len && s[q + n] == ')')
			e = q + n + 1;
	}
	return (unsigned)rx_emit(c, a, e, REDACT_ADDRESS);
}

unsigned ad_detect_label(struct rx_ctx *c)
{
	return detect_label(c, 0);
}

unsigned ad_detect_phrase(struct rx_ctx *c)
{
	return detect_label(c, 1);
}

/* SWIFT MT103: the ordering customer (field 50K/50F) and the beneficiary
 * (59): ":59:/ACCOUNT", the name, then up to three lines of address before
 * the next field (":57A:..."). Triggered at a digit word after a ':' that
 * starts a line. */
unsigned ad_detect_swift(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t len = c->len;
	if (c->ms == 0 || s[c->ms - 1] != ':' || (c->ms >= 2 && s[c->ms - 2] != '\n') || c->ms + 3 >= len)
		return 0;
	if (s[c->ms] == '5' && s[c->ms + 1] == '9' && s[c->ms + 2] == ':')
		c->me = c->ms + 2;
	else if (s[c->ms] == '5' && s[c->ms + 1] == '0' && (s[c->ms + 2] == 'K' || s[c->ms + 2] == 'F') &&
		 s[c->ms + 3] == ':')
		c->me = c->ms + 3;
	else
		return 0;
	/* the tag's line holds the account ("/IS58...") or the name */
	size_t le = rx_line_end(s, len, c->me);
	if (le >= len)
		return 0;
	size_t cur = le + 1;
	if (c->me + 1 < len && s[c->me + 1] == '/') {
		/* the name's line */
		le = rx_line_end(s, len, cur);
		if (le >= len || le == cur || s[cur] == ':')
			return 0;
		cur = le + 1;
	}
	size_t a = cur, e = cur;
	for (int lines = 0; lines < 3 && cur < len; lines++) {
		size_t le2 = rx_line_end(s, len, cur);
		if (le2 == cur || s[cur] == ':' || s[cur] == '-' || le2 - cur > 35)
			break; /* a field line holds 35 characters at most */
		e = le2;
		if (le2 >= len)
			break;
		cur = le2 + 1;
	}
	e = trim_end(s, a, e);
	if (e <= a || !address_like(s, a, e))
		return 0;
	return (unsigned)rx_emit(c, a, e, REDACT_ADDRESS);
}

/* An address in Hangul, CJK or Thai after its label ("주소: 서울특별시 ...",
 * "通訊地址：台中市...", "ที่อยู่: 18/48 ถนน..."; Thai since stop 59): the rest
 * of the line, when it holds a digit.
 * Triggered at ':' and the full-width colon's lead byte, after such a
 * letter. */
unsigned ad_detect_cjk(struct rx_ctx *c)
{
	static const char *const labels[] = {"주소", "通訊地址", "地址", "住所", "住址",
					     "收件地址", "送貨地址", "ที่อยู่", NULL};
	static struct rx_kwset label_kws = RX_KWSET(labels);
	const char *s = c->text;
	size_t len = c->len, v = rx_after_cjk_label(s, len, c->ms, &label_kws);
	if (v == RX_NONE)
		return 0;
	size_t le = rx_line_end(s, len, v), e = le;
	/* (to a full-width comma after a flat's, a house's or a floor's unit:
	 * a note goes on after it, "...2011室，钥匙盒在单元门旁边"; a postcode
	 * after it, "，邮编710798", belongs to it; stop 57) */
	for (size_t q = v; q + 6 <= le; q++) {
		/* (and at an ideographic full stop: a sentence goes on after
		 * it, "...1710室。以后请发到zcao@sina.com。"; stop 60; or at an em
		 * dash before a form's next field, "...1104室 — 护照号码 ...";
		 * stop 65) */
		/* (or at a note in parentheses in Latin letters: "...651号室
		 * (gone away, mail returned 2026年1月24日)"; stop 67) */
		if (!memcmp(s + q, "\xe3\x80\x82", 3) || (rx_dash_sep(s, le, q) == 5 && (unsigned char)s[q + 3] == 0x94) ||
		    (s[q] == ' ' && s[q + 1] == '(' && rx_is_lower((unsigned char)s[q + 2]))) {
			e = q;
			break;
		}
		if (!memcmp(s + q, "\xef\xbc\x8c", 3) && q >= v + 3 &&
		    (!memcmp(s + q - 3, "室", 3) || !memcmp(s + q - 3, "号", 3) || !memcmp(s + q - 3, "號", 3) ||
		     !memcmp(s + q - 3, "楼", 3) || !memcmp(s + q - 3, "樓", 3) || !memcmp(s + q - 3, "호", 3)) &&
		    memcmp(s + q + 3, "邮编", 6) != 0 && memcmp(s + q + 3, "郵遞", 6) != 0) {
			e = q;
			break;
		}
	}
	while (e > v && rx_in(" \r", s[e - 1]))
		e--;
	if (e <= v || e - v > 200)
		return 0;
	int digit = 0;
	for (size_t q = v; q < e && !digit; q++)
		digit = rx_is_digit((unsigned char)s[q]);
	return digit ? (unsigned)rx_emit(c, v, e, REDACT_ADDRESS) : 0;
}
