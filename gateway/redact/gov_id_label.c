/* gov_id_label.c: identity numbers named by the document's own label, for
 * the countries whose numbers carry no check the redactor knows (or none
 * at all): "IDNP: 2001156406234", "DUI: 17887537-3", "رقم الهوية:
 * 784-1960-0152696-9", "Omang: 456322764", "con cédula 4-364-4946", "ma
 * CNIB n° B75826175", "Health card: 163518649", "नागरिकता नं.:
 * 43-07-69-33779", and a cell under such a column ("Name | NIC | ...").
 *
 * The labels name an identity document or its number, never a bare "ID"
 * or "number"; the value is one token of digits and capitals (five digits
 * or more, single '-', ' ', '/', '.' or parentheses between groups) that
 * ends the field, and is no date. Also a number in parentheses after a
 * document's words, and whether a table is a ledger (whose document
 * column holds invoices' numbers). */
#include <string.h>

#include "redact_int.h"

static const char *const id_labels[] = {
	/* Hungary's social security number (TAJ, stop 50) */
	"taj", "taj-szám", "taj-száma", "taj szám", "tajszám", "anya taj-száma",
	/* English */
	"tax file number", "tax file no", "tfn", "national id", "national id number", "national id no", "national identity number",
	"national identification number", "national identity card", "id number", "id no",
	"identity number", "identity card number", "identity card no", "id card number",
	"id card no", "nic", "nic no", "nic number", "cnic", "cnic no", "cnic number", "nid",
	"nid no", "nid number", "nin", "civil id", "qid", "iqama", "iqama no", "emirates id", "director id",
	"health card", "health card number", "health card no", "health number",
	"health insurance number", "driver's license", "drivers license", "driver license",
	"driving licence", "driving license", "dl no", "license no", "licence no",
	"citizenship no", "citizenship number", "citizenship certificate no", "voter id",
	"voter card", "electoral card", "omang", "omang no", "license", "licence", "pasport",
	/* stop 57: a right-to-work check's document, a consignee's id */
	"id document", "identity document", "rtw", "rtw doc", "consignee id",
	/* stop 47: a US immigrant's A-number, a French foreigner's AGDREF
	 * number, a Dutch V-nummer (immigration files) */
	"a-number", "alien number", "alien registration number", "uscis number", "eat-kartennummer",
	"eat-karte", "aufenthaltstitel-nr", "residence permit number", "brp number", "brp",
	"uscis #", "agdref", "n° agdref", "numéro agdref", "v-nummer", "vreemdelingennummer",
	/* Spanish, Portuguese, French, Romanian, Luxembourgish */
	"cédula", "cedula", "cédula de identidad", "cedula de identidad", "cédula de ciudadanía",
	"cédula de identidad y electoral", "dui", "dpi", "cui", "dpi/cui", "con identidad",
	"tarjeta de identidad", "documento de identidad", "número de identidad", "bi",
	"bilhete de identidade", "número de identificação", "cnib", "cni",
	"carte d'identité", "carte nationale d'identité", "numéro d'identification",
	"numéro d'identité", "numéro d'assurance maladie", "matricule", "idnp",
	"cod personal", "numărul de identificare",
	/* Arabic, Urdu, Kurdish, Persian */
	"رقم الهوية", "الرقم الوطني", "الرقم القومي", "رقم الإقامة", "رقم البطاقة الشخصية",
	"رقم بطاقة الهوية", "رقم البطاقة الوطنية", "شناختی کارڈ نمبر", "شناختی کارڈ",
	"ژمارەی کارتی نیشتمانی", "ژمارەی ناسنامە", "شماره شناسنامه",
	/* Bengali, Nepali, Hindi; Aadhaar in Indic scripts */
	"এনআইডি নম্বর", "এনআইডি", "জাতীয় পরিচয়পত্র নম্বর", "नागरिकता नं", "नागरिकता नम्बर",
	"नागरिकता", "पहचान पत्र", "आधार", "आधार संख्या", "ಆಧಾರ್", "ಆಧಾರ್ ಸಂಖ್ಯೆ", "আধার",
	"ஆதார்", "ఆధార్", "ആധാർ",
	/* Armenian, Tajik, Tetum, Shona, Swahili, Sinhala, Macau */
	"Անձնագիր", "անձնագիր", "ՀՎՀՀ", "шиноснома", "шиносномаи хориҷӣ",
	"kartaun eleitorál", "kartaun eleitoral", "nhamba yechitupa",
	"namba ya kitambulisho", "ජාතික හැඳුනුම්පත", "ජා.හැ.අ", "澳門居民身份證",
	/* Italian-Turkish, Papiamentu, Filipino, Indian, Indonesian, Esperanto,
	 * Russian, Xhosa, Peruvian, Pashto */
	"numero de identita", "número di sédula", "number di sédula", "sédula", "sss", "sss no",
	"sss number", "epic", "epic no", "epic number", "nik", "nik ibu", "nik ayah", "nik anak",
	"pasporto", "паспорт", "паспорт рф", "серия и номер паспорта",
	"серия и номер",
	"i-id", "inombolo ye-id", "inombolo yesazisi", "dni", "شناختي کارډ", "د پلار شناختي کارډ",
	/* Ghana, Scotland, Russia, Myanmar, Spain's social security, Venda,
	 * Malagasy */
	"ghana card", "ghana card no", "chi number", "chi no", "снилс", "snils", "nrc",
	"nrc no", "seg. social", "seguridad social", "nº seg. social", "nuss", "nomboro ya id",
	"karapanondro", "laharana karapanondro", "karapanondro laharana",
	/* stop 40: Kenya's KRA PIN and ID in Swahili, Nigeria's BVN, the
	 * Philippines' TIN, driving licences in German and Italian, a French
	 * and a Polish identity paper; a bare "ID" in a person's block (below) */
	"kra pin", "kra pin no", "kitambulisho", "bvn", "tin", "tin no", "führerschein-nr",
	"führerschein-nr.", "führerscheinnummer", "führerschein nr", "n. patente", "numero patente",
	"numero di patente", "patente", "pièce d'identité", "seria i nr dowodu", "nr dowodu", "numer dowodu",
	"seria i numer dowodu",
	/* stop 46: driving licences in French, Dutch, Russian and English
	 * forms ("N° de permis :", "Rijbewijsnummer:", "ВУ:", "DL #") */
	"permis", "n° de permis", "n° du permis", "numéro de permis", "numéro du permis",
	"permis de conduire", "n° de permis de conduire", "rijbewijsnummer", "rijbewijsnr",
	"rijbewijs", "nummer rijbewijs", "ву", "в/у", "водительское удостоверение", "номер ву",
	"dl #", "dl#", "dl number",
	/* German identity cards and travel documents, a document's English
	 * name, a record's key (JSON, a table's or psql's "national_id |"),
	 * Ukraine's tax number */
	"ausweis-nr", "ausweis-nr.", "ausweisnummer", "personalausweis", "personalausweis-nr",
	"personalausweisnummer", "reisepass-nr", "reisepassnummer", "nummer des reisedokuments",
	"national identification document", "national identity document", "national_id",
	"nationalid", "national_id_number", "idnumber", "id_number", "іпн", "рнокпп", "id", "gov_id",
	"government_id", "govt_id", /* (stop 62: a prison export's "gov_id": "T22019217") */
	/* stop 49: a document's number (not the labels of numbers with a
	 * check, "Steuer-ID", "NIR", "CPF": failing it, they are none; nor a
	 * firm's "Tax ID", its VAT or EIN) */
	"número de documento", "nro. de documento", "nro de documento", "n° de documento",
	"nº de documento", "documento nacional de identidad",
	/* stop 53: the number of the paper a registration form named just
	 * above it ("Id-handling: Pass" / "Handlingens nummer: E34951143";
	 * doc_label_ok) */
	"document number", "document no", "dokumentnummer", "documentnummer", "handlingens nummer",
	"n° de la pièce", "numéro de la pièce", "n.º do documento", "nº do documento",
	"número do documento", "numero documento", "numero del documento", "número del documento",
	"numer dokumentu", "číslo dokladu", "belge no", "belge numarası", "номер документа",
	/* stop 54: a desk's note of the paper it saw ("ID seen: ..."), a
	 * Portuguese form's number, a German one's card-or-tax number; a bare
	 * "Documento" only in a person's block, as a bare "ID" */
	"id seen", "id on file", "id checked", "id shown", "id verified", "n.º de identificação",
	"nº de identificação", "n.º identificação", "ausweis-/steuernummer", "documento",
	/* stop 63: a learner driver's licence and papers (France's NEPH, a
	 * Polish "prawo jazdy", a Russian "вод. удостоверение", an Indian
	 * learner's licence "DL / LL No.", a US permit, Israel's "תעודת
	 * הזהות") */
	"neph", "n° neph", "numéro neph", "nr prawa jazdy", "numer prawa jazdy", "prawo jazdy",
	"вод. удостоверение", "номер паспорта", "ll no", "license number", "licence number",
	"permit number", "מספר תעודת הזהות", "תעודת הזהות", NULL,
};
struct rx_kwset gv_id_label_kws = RX_KWSET(id_labels);

/* The labels above that name any document's number: an identity paper's
 * only below a line that names one (an invoice's "Document number" is
 * none). */
static const char *const doc_labels[] = {
	"document number", "document no", "dokumentnummer", "documentnummer", "handlingens nummer",
	"n° de la pièce", "numéro de la pièce", "n.º do documento", "nº do documento",
	"número do documento", "numero documento", "numero del documento", "número del documento",
	"numer dokumentu", "číslo dokladu", "belge no", "belge numarası", "номер документа", NULL,
};
static struct rx_kwset doc_label_kws = RX_KWSET(doc_labels);

/* Whether the label at [ms, me) is a document's number's other than an
 * identity paper's, with no line within three above it in its block
 * naming one
 * ("Pièce d'identité: Passeport", "Id-handling: Pass", "Document type:
 * ID card"). */
static int doc_label_bare(struct rx_ctx *c)
{
	static const char *const papers[] = {"passport", "passeport", "passaporte", "pasaporte", "passaporto",
					     "paszport", "pasport", "reisepass", ": pass", "ausweis", "identit",
					     "id card", "id-kort", "kimlik", "cédula", "cedula", "bilhete",
					     "паспорт", "личност", NULL};
	if (!rx_kw_ends(c, &doc_label_kws, c->ms, c->me))
		return 0;
	const char *s = c->text;
	size_t ls = rx_line_start(s, c->ms), up = ls;
	/* (three lines up at most, within the block: no empty line) */
	for (int i = 0; i < 3 && up > 1 && s[up - 2] != '\n'; i++)
		up = rx_line_start(s, up - 1);
	char low[512];
	size_t n = 0;
	for (size_t i = up; i < c->ms && n + 1 < sizeof low; i++)
		low[n++] = rx_lower(s[i]);
	low[n] = '\0';
	for (const char *const *p = papers; *p; p++)
		if (strstr(low, *p))
			return 0;
	return 1;
}

static size_t digits_in(const char *s, size_t n)
{
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		k += rx_is_digit((unsigned char)s[i]);
	return k;
}

/* Peru's DNI: eight digits (Spain's has a letter and its check: gov_id.c). */
static int peru_dni(const char *s, size_t a, size_t e)
{
	return e - a == 8 && digits_in(s + a, 8) == 8;
}

/* After the label: blanks, ':', '-', "n°", "nº", "n.º", "no.", "nr." and
 * the like, or RX_NONE when something else follows. */
static size_t value_start(const char *s, size_t len, size_t i)
{
	i = rx_qualified_colon(s, len, i); /* ("СНИЛС ребёнка: ") */
	static const char *const nos[] = {"n.º", "nº", "n°", "no.", "nr.", "n.", "no", "nr", "№", "#", NULL};
	int slash = 0;
	for (int k = 0; k < 10 && i < len; k++) {
		/* ('|': a two-cell row's label, "| DL # | S8021145 |") */
		/* ("SSS No.:", "ID document (паспорт РФ): ...") */
		if (rx_in(" \t:-=|\"", s[i]) ||
		    (k == 0 && (s[i] == '.' || (s[i] == ')' && i + 1 < len && s[i + 1] == ':')))) {
			i++;
			/* (a form's column of spaces: "KRA PIN:          A1...") */
			while (i < len && i + 1 < len && s[i] == ' ' && s[i + 1] == ' ')
				i++;
			continue;
		}
		/* other names of the same document ("Civil ID / Iqama /
		 * passport: ...") */
		if (s[i] == '/' && slash < 2) {
			slash++;
			i++;
			while (i < len && s[i] == ' ')
				i++;
			while (i < len && rx_letter_at(s, len, i))
				i += rx_letter_at(s, len, i);
			continue;
		}
		if (i + 2 < len && (unsigned char)s[i] == 0xEF && (unsigned char)s[i + 1] == 0xBC &&
		    (unsigned char)s[i + 2] == 0x9A) {
			i += 3; /* ： */
			continue;
		}
		if ((unsigned char)s[i] == 0xD5 && i + 1 < len && (unsigned char)s[i + 1] == 0x9D) {
			i += 2; /* Armenian ՝ */
			continue;
		}
		/* a note whose document it is, before the colon ("Cédula
		 * (Voda): ...", "Ghana Card (father): ...") */
		if (s[i] == '(' && k < 3) {
			size_t q = i + 1;
			while (q < len && q - i < 24 && s[q] != ')' && s[q] != '\n' && !rx_is_digit((unsigned char)s[q]))
				q++;
			if (q < len && s[q] == ')' && q + 1 < len &&
			    (s[q + 1] == ':' || (q + 2 < len && s[q + 1] == ' ' && s[q + 2] == '|'))) {
				i = q + 1;
				continue;
			}
		}
		/* the document's name before its number, after a generic label
		 * ("ID checked: PESEL 97070270927", "ID shown to courier: BSN
		 * 687264972"; stop 56) */
		{
			static const char *const kinds[] = {"cpf", "pesel", "bsn", "dni", "nie", "nif", "cccd", "cmnd",
							    "ssn", "nino", "ahv", "curp", "rut", "cuil", "cuit", "tckn",
							    "nin", "pan", "tfn", "ppsn", "cnp", "egn", "oib", "jmbg",
							    "nric", "hkid", "nik", "ktp", "amka", NULL};
			int hit = 0;
			for (const char *const *n = kinds; *n && !hit; n++) {
				size_t l = strlen(*n);
				/* (a digit next, or a letter and a digit: NIE's "Z9752755R") */
				if (i + l + 2 < len && rx_fold_eq(s + i, *n, l) && s[i + l] == ' ' &&
				    (rx_is_digit((unsigned char)s[i + l + 1]) ||
				     (rx_is_upper((unsigned char)s[i + l + 1]) && rx_is_digit((unsigned char)s[i + l + 2]))) &&
				    (i == 0 || !rx_is_alnum((unsigned char)s[i - 1]))) {
					i += l;
					hit = 1;
				}
			}
			if (hit)
				continue;
		}
		/* (a sentence's verb between them: "My licence number is
		 * 204LS8314", "Meine Führerscheinnummer ist ...", "Mon numéro
		 * NEPH est ..."; stop 63) */
		if (k <= 1 && i + 4 < len && s[i - 1] == ' ') {
			static const char *const is[] = {"is ", "ist ", "est ", "es ", "è ", NULL};
			int verb = 0;
			for (const char *const *w = is; *w && !verb; w++) {
				size_t l = strlen(*w);
				if (i + l < len && !memcmp(s + i, *w, l) && rx_is_alnum((unsigned char)s[i + l])) {
					i += l;
					verb = 1;
				}
			}
			if (verb)
				continue;
		}
		int hit = 0;
		for (const char *const *n = nos; *n && !hit; n++) {
			size_t l = strlen(*n);
			if (i + l < len && rx_fold_eq(s + i, *n, l) && !rx_is_alnum((unsigned char)s[i + l])) {
				i += l;
				hit = 1;
			}
		}
		if (!hit)
			break;
	}
	return i < len && rx_is_alnum((unsigned char)s[i]) ? i : RX_NONE;
}

/* The identity number at s[v]: its end, or RX_NONE. */
static size_t id_value(const char *s, size_t len, size_t v)
{
	size_t e = v, last = v, digits = 0, letters = 0, groups = 1;
	int open = 0;
	while (e < len && e - v < 26) {
		unsigned char ch = (unsigned char)s[e];
		if (rx_is_digit(ch)) {
			digits++;
		} else if (rx_is_upper(ch)) {
			letters++;
		} else if (ch >= 0xC3 && ch <= 0xC8 && rx_cap_at(s, len, e) && e + 1 < len) {
			letters++;
			e++; /* a capital of two bytes ("AŞ") */
		} else if (ch == '(' && !open && e > v) {
			open = 1;
		} else if (ch == ')' && open) {
			open = 0;
		} else if (rx_in("-/. ", (char)ch) && e + 1 < len && e > v &&
			   (rx_is_alnum((unsigned char)s[e - 1]) || ((unsigned char)s[e - 1] & 0xC0) == 0x80) &&
			   (rx_is_digit((unsigned char)s[e + 1]) || rx_is_upper((unsigned char)s[e + 1]))) {
			/* a word in capitals after a space is no part of it
			 * ("... 4-364-4946 PANAMÁ") unless it is one letter
			 * or the number goes on ("29-5918383 Q 18") */
			if (ch == ' ' && rx_is_upper((unsigned char)s[e + 1])) {
				size_t w = e + 1;
				while (w < len && rx_is_upper((unsigned char)s[w]))
					w++;
				if (w - e - 1 > 4)
					break;
			}
			groups++;
		} else {
			break;
		}
		e++;
		if (!open)
			last = e;
	}
	e = last;
	/* Myanmar's NRC: a state's number, its township's syllables, the
	 * holder's kind in parentheses and six digits ("12/OuKaMa(N)275756") */
	size_t m = gv_nrc_len(s, len, v);
	if (m)
		return v + m;
	/* (five digits or more; or three and letters, eleven characters in
	 * all: a German driving licence's "J13KGNQVZ63"; stop 63) */
	if ((digits < 5 && !(digits >= 3 && digits + letters >= 11)) || letters > 8 || groups > 6 || e - v < 6 ||
	    (e < len && rx_is_alnum((unsigned char)s[e])))
		return RX_NONE;
	/* no date ("12.03.1985", "1985-03-12", "12/03/1985") */
	if (e - v == 10 && ((s[v + 2] == s[v + 5] && rx_in("./-", s[v + 2])) || (s[v + 4] == s[v + 7] && rx_in("./-", s[v + 4]))))
		return RX_NONE;
	return e;
}

/* The label at c->ms starts its line (after spaces) and a line within two
 * above or below it is a person's field: a name, a phone, an address, a
 * date of birth. */
static int person_block(const struct rx_ctx *c)
{
	static const char *const fields[] = {"name", "phone", "address", "tel", "mobile", "dob",
					     "date of birth", "full name", "email", "nombre", "apellidos",
					     "fecha de nacimiento", "domicilio", "móvil", "teléfono", "nome",
					     "data de nascimento", "morada", "telemóvel", NULL};
	const char *s = c->text;
	size_t ls = rx_line_start(s, c->ms), k = ls;
	while (k < c->ms && s[k] == ' ')
		k++;
	if (k != c->ms)
		return 0;
	size_t up = ls, down = rx_line_end(s, c->len, c->ms);
	for (int i = 0; i < 2 && up > 0; i++)
		up = rx_line_start(s, up - 1);
	for (int i = 0; i < 2 && down < c->len; i++)
		down = rx_line_end(s, c->len, down + 1);
	for (size_t l = up; l < down && l < c->len; l = rx_line_end(s, c->len, l) + 1) {
		if (l == ls)
			continue;
		for (const char *const *f = fields; *f; f++) {
			size_t n = strlen(*f);
			if (l + n < c->len && rx_fold_eq(s + l, *f, n) && rx_in(": ", s[l + n]))
				return 1;
		}
	}
	return 0;
}

/* A bare "ID" after a person's birth date on its line ("Subject: Ana
 * Ruiz, DOB 20/01/1972, ID G03474064"; stop 54). */
static int after_birth(const struct rx_ctx *c)
{
	static const char *const born[] = {"dob ", "dob:", "born ", "d.o.b", NULL};
	size_t ls = rx_line_start(c->text, c->ms);
	return c->ms >= 2 && c->text[c->ms - 2] == ',' &&
	       rx_phrase_in(c->text, c->ms - ls > 48 ? c->ms - 48 : ls, c->ms, born);
}

unsigned gv_detect_id_label(struct rx_ctx *c)
{
	const char *s = c->text;
	/* not the tail of a word ("unicef" is no "nic") */
	if (c->ms > 0 && (rx_is_alnum((unsigned char)s[c->ms - 1]) || s[c->ms - 1] == '_'))
		return 0;
	/* nor of a Cyrillic word ("ВУ" ends "НАВУ") */
	if (c->ms > 1 && ((unsigned char)s[c->ms - 2] == 0xD0 || (unsigned char)s[c->ms - 2] == 0xD1) &&
	    ((unsigned char)s[c->ms - 1] & 0xC0) == 0x80)
		return 0;
	size_t v = value_start(s, c->len, c->me);
	if (v == RX_NONE || v - c->me > 40 || doc_label_bare(c))
		return 0;
	/* a bare "License"/"Licence" is a field's label only with its colon
	 * (not a professional's "(licence HI-78710)") */
	if ((c->me - c->ms == 7 && (rx_fold_eq(s + c->ms, "license", 7) || rx_fold_eq(s + c->ms, "licence", 7))) &&
	    !memchr(s + c->me, ':', v - c->me) && !memchr(s + c->me, '|', v - c->me))
		return 0;
	/* a bare "ID" is a person's only as a field of a block about them:
	 * the line's label, with a name's, a phone's or an address's field
	 * within two lines ("Name: ..." / "Phone: ..." / "ID: JJ7KCRZHT"), or
	 * "your ID" in a sentence */
	if ((c->me - c->ms == 2 && rx_fold_eq(s + c->ms, "id", 2)) ||
	    (c->me - c->ms == 9 && rx_fold_eq(s + c->ms, "documento", 9))) {
		/* (or a number whose check says it is a national one: the
		 * strict checks; in a gate's log cell, "| ID 118418177 |", the
		 * weak ones too; stop 55) */
		if (!person_block(c) && !(c->ms >= 5 && rx_fold_eq(s + c->ms - 5, "your ", 5)) && !after_birth(c)) {
			/* (the label alone, not a record's "Order ID", "Player ID", nor a
			 * key's "id=4078379322470") */
			size_t e0 = id_value(s, c->len, v), b = c->ms;
			while (b > 0 && s[b - 1] == ' ')
				b--;
			int cell = c->ms >= 2 && s[c->ms - 1] == ' ' && s[c->ms - 2] == '|';
			if (e0 == RX_NONE || !(b == 0 || rx_in("\n|\t;,(", s[b - 1])) || memchr(s + c->me, '=', v - c->me) ||
			    !gv_any_checked(s, v, e0, cell))
				return 0;
		}
		/* its value right after it or its "/ DOB" (not a creditor's
		 * "ID do credor:") */
		static const char *const dob[] = {"dob", NULL};
		for (size_t k = c->me; k < v; k++)
			if (rx_is_alpha((unsigned char)s[k]) && !rx_phrase_in(s, c->me, v, dob))
				return 0;
	}
	/* a record's key ("national_id") names its value only as a key, with
	 * its ':', '=' or '|' (a log's "duplicate national_id 945807304" may
	 * be any number: the checks decide there) */
	if (memchr(s + c->ms, '_', c->me - c->ms) && !memchr(s + c->me, ':', v - c->me) &&
	    !memchr(s + c->me, '=', v - c->me) && !memchr(s + c->me, '|', v - c->me))
		return 0;
	size_t e = id_value(s, c->len, v);
	if (e == RX_NONE)
		return 0;
	/* the cédulas of Uruguay and the Dominican Republic have their checks
	 * (gov_id_world.c): a number of their shape failing it is none */
	if ((e - v == 11 && s[v + 1] == '.' && s[v + 5] == '.' && s[v + 9] == '-') ||
	    (e - v == 13 && s[v + 3] == '-' && s[v + 11] == '-'))
		return 0;
	if (c->me - c->ms == 3 && rx_fold_eq(s + c->ms, "dni", 3) && !peru_dni(s, v, e))
		return 0;
	/* a "matricule" is an employee's number in France and Belgium; in
	 * Luxembourg the national one: 13 digits, a birth date first */
	if (c->me - c->ms == 9 && rx_fold_eq(s + c->ms, "matricule", 9)) {
		if (e - v != 13 || digits_in(s + v, 13) != 13)
			return 0;
		int y = (s[v] - '0') * 1000 + (s[v + 1] - '0') * 100 + (s[v + 2] - '0') * 10 + (s[v + 3] - '0');
		if (!rx_date_ok(y, (s[v + 4] - '0') * 10 + (s[v + 5] - '0'), (s[v + 6] - '0') * 10 + (s[v + 7] - '0')))
			return 0;
	}
	if (gv_sport_licence(s, rx_line_start(s, c->ms), c->ms, c->me))
		return 0;
	/* "RTW" before digits (in groups or not): a right-to-work check's
	 * document (a German ambulance's call sign is "RTW 3/83-1"); glued to
	 * them by a hyphen, the check's own reference ("Check ref:
	 * RTW-01355529"; stop 60) */
	if (c->me - c->ms == 3 && rx_fold_eq(s + c->ms, "rtw", 3) && c->me < c->len && s[c->me] == '-')
		return 0;
	if (c->me - c->ms == 3 && rx_fold_eq(s + c->ms, "rtw", 3))
		for (size_t i = v; i < e; i++)
			if (!rx_is_digit((unsigned char)s[i]) && s[i] != ' ' && s[i] != '-')
				return 0;
	return (unsigned)rx_emit(c, v, e, REDACT_GOV_ID);
}

/* Labels in scripts the keyword triggers do not read (a word of three-byte
 * letters: Bengali, Devanagari, Kannada, CJK), checked before a value
 * found by its digits. */
static const char *const script_labels[] = {
	"এনআইডি", "জাতীয় পরিচয়পত্র", "नागरिकता", "राहदानी", "पहचान पत्र", "आधार", "ಆಧಾರ್", "আধার",
	"ஆதார்", "ఆధార్", "ആധാർ", "ජාතික හැඳුනුම්පත", "身份證", "身份证", "居民身份", "அடையாள அட்டை",
	"運転免許証番号", "免許証番号",
	/* stop 46: a driving licence's number in Chinese forms (Korean's
	 * below) */
	"驾驶证号", "驾驶证号码", "驾驶证", "駕照號碼", "駕駛執照號碼",
	/* Japan's basic pension number (4-6 digits) */
	"基礎年金番号", "年金番号",
	/* a passport's number in Japanese and Chinese letters (stop 48) */
	"旅券番号", "パスポート番号", "护照号码", "护照号", "護照號碼",
	/* and in Thai (stop 60: "เลขหนังสือเดินทาง AA8714045") */
	"หนังสือเดินทาง", "พาสปอร์ต", NULL,
};

/* A number's label's last letter ("号", "號", "碼", "호") right before
 * at, after one space, "は" or " | " (stop 63). */
static int number_word_before(const char *s, size_t at)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t q = at;
	if (s[q - 1] == ' ' && q >= 4 && s[q - 2] == '|' && s[q - 3] == ' ')
		q -= 3;
	else if (s[q - 1] == ' ')
		q--;
	else if (u[q - 3] == 0xE3 && u[q - 2] == 0x81 && u[q - 1] == 0xAF)
		q -= 3; /* は */
	else
		return 0;
	if (q < 3)
		return 0;
	const unsigned char *w = u + q - 3;
	return (w[0] == 0xE5 && w[1] == 0x8F && w[2] == 0xB7) || (w[0] == 0xE8 && w[1] == 0x99 && w[2] == 0x9F) ||
	       (w[0] == 0xE7 && w[1] == 0xA2 && w[2] == 0xBC) || (w[0] == 0xED && w[1] == 0x98 && w[2] == 0xB8);
}

unsigned gv_detect_id_script(struct rx_ctx *c)
{
	const char *s = c->text;
	const unsigned char *u = (const unsigned char *)s;
	size_t at = c->ms, ls = rx_line_start(s, at), from = at > 60 ? at - 60 : 0;
	if (from < ls)
		from = ls;
	/* a cheap look first: a letter of three bytes (E0, E5-E9) before it
	 * on the line, and a separator right before the value */
	if (at < 3 || !((s[at - 1] == ' ' && (s[at - 2] == ':' || (unsigned char)s[at - 2] == 0x9A)) || s[at - 1] == ':' ||
			(unsigned char)s[at - 1] == 0x9A ||
			/* (a passport's label and one space: "旅券番号 EE8432480") */
			(s[at - 1] == ' ' && (unsigned char)s[at - 2] >= 0x80 && rx_is_upper((unsigned char)s[at])) ||
			/* (or a number's label, "番号", "號碼", "번호", before one space
			 * and digits, Japanese "は" or a two-cell row's bar:
			 * "運転免許証番号 6420...", "仮免許証番号は6211...", "|
			 * 運転免許証番号 | 1021...", stop 63) */
			(at >= 4 && rx_is_digit((unsigned char)s[at]) && number_word_before(s, at)) ||
			/* (an abbreviation's dot after a letter of the script:
			 * "नागरिकता नं. 44-08-73-89236", stop 51) */
			(at >= 4 && s[at - 1] == ' ' && s[at - 2] == '.' && (unsigned char)s[at - 3] >= 0x80)))
		return 0;
	/* the label's last letter, before its colon (and a '.' or a space):
	 * a letter of another script */
	size_t q = at - 1;
	if (s[q] == ' ' && (s[q - 1] == ':' || (unsigned char)s[q - 1] == 0x9A || s[q - 1] == '|'))
		q--;
	if (s[q] == '|' && q >= 2)
		q--;
	q -= (unsigned char)s[q] == 0x9A && q >= 2 ? 2 : 0; /* '：' */
	while (q > 0 && (s[q - 1] == '.' || s[q - 1] == ' ') && at - q < 6)
		q--;
	if (q == 0 || (unsigned char)s[q - 1] < 0x80)
		return 0;
	/* (Hangul, EA-ED: a licence's label right before the colon,
	 * "운전면허번호:", "면허번호:") */
	static const char *const korean_labels[] = {"운전면허번호", "면허번호", "운전면허", "여권번호", NULL};
	int wide = 0, korean = 0;
	for (size_t i = from; i < at && !wide; i++)
		wide = u[i] == 0xE0 || (u[i] >= 0xE5 && u[i] <= 0xE9);
	for (const char *const *k = korean_labels; *k && !korean; k++) {
		size_t l = strlen(*k);
		korean = q >= from + l && !memcmp(s + q - l, *k, l);
	}
	if (!wide && !korean)
		return 0;
	size_t e = id_value(s, c->len, at);
	if (e == RX_NONE)
		return 0;
	/* the label of this field, after the last field's separator (not a
	 * phone's after an id's: "身份证号：3101...，电话：135 1227 0949") */
	for (size_t i = from; i + 2 < q; i++)
		if (rx_in(",;\t", s[i]) || (u[i] == 0xEF && u[i + 1] == 0xBC && u[i + 2] == 0x8C) ||
		    (u[i] == 0xE3 && u[i + 1] == 0x80 && u[i + 2] == 0x81))
			from = i + 1;
	if (!(korean || rx_phrase_in(s, from, at, script_labels)) || gv_sport_licence(s, from, at, at))
		return 0;
	return (unsigned)rx_emit(c, at, e, REDACT_GOV_ID);
}

/* The name of the column of the cell at i, its '_' read as spaces
 * ("tax_id", "passport_no"): 1, or 0 when there is none. */
static int id_column(struct rx_ctx *c, size_t i, char *hdr, size_t cap)
{
	if (!rx_column_header(c, i, hdr, cap))
		return 0;
	for (char *p = hdr; *p; p++)
		if (*p == '_')
			*p = ' ';
	return 1;
}

/* A passport's number of few digits under a passport's or a document's
 * column, which id_value wants five of: Dutch and German passports mix
 * eight or nine capitals and digits ("| Passport |" over "| NB2CCXEL7 |",
 * "doc_no" over "CC4WFVJJM"; stop 53). */
static unsigned passport_cell(struct rx_ctx *c, size_t i)
{
	static const char *const pass[] = {"passport", "pasport", "passeport", "pasaporte", "passaporto",
					   "paszport", "reisepass", "doc no", "doc number", "document no",
					   "document number", "id document", "id doc", "identity document", NULL};
	const char *s = c->text;
	size_t e = i, nd = 0;
	while (e < c->len && e - i <= 10 && (rx_is_upper((unsigned char)s[e]) || rx_is_digit((unsigned char)s[e])))
		nd += rx_is_digit((unsigned char)s[e++]) != 0;
	if (e - i < 8 || e - i > 10 || nd == 0 || nd == e - i ||
	    (e < c->len && !rx_in("|\t;,\r\n ", s[e])) ||
	    (e + 1 < c->len && s[e] == ' ' && !rx_in("|;", s[e + 1])))
		return 0;
	char hdr[64];
	if (!id_column(c, i, hdr, sizeof hdr))
		return 0;
	for (const char *const *k = pass; *k; k++)
		if (strstr(hdr, *k))
			return (unsigned)rx_emit(c, i, e, REDACT_GOV_ID);
	return 0;
}

/* A cell under a column named for a national identity number ("| NIC |",
 * "| CNIC |", "| Omang |", "| ජා.හැ.අ. |"). */
unsigned gv_detect_id_cell(struct rx_ctx *c)
{
	static const char *const cols[] = {"nic", "cnic", "nid", "national id", "omang", "dui",
					   "cédula", "cedula", "idnp", "ජා.හැ.අ", "id card", "pesel",
					   "curp", "dni", "nik", "epic", "epic no", "pasport",
					   "passport", "passport no", "sss", "sss no", "pin",
					   "numèro nåcional", "numéro national", "national number",
					   "rijksregisternummer", "personnummer", "aadhaar", "aadhaar no",
					   "жсн", "ЖСН", "иин", "ИИН", "iin", "снилс", "СНИЛС", "snils", "nrc", "ghana card",
					   "ahcip", "ahcip #", "health card", "samordningsnummer",
					   /* more countries' numbers by their usual column
					    * names (India's UAN and ABHA, Nigeria's NIN and
					    * BVN, Guatemala's NIT, France's SPI, Indonesia's
					    * NPWP, Canada's PHIN and HSN, Italy's C.F.) */
					   "id no", "national id no", "national id number",
					   "uan", "abha", "abha no", "nin", "bvn", "nit", "spi", "npwp",
					   "phin", "hsn", "health number", "c.f", "cf", "codice fiscale",
					   "tin", "tax id", "taxpayer id", "personal id", "personal code",
					   "isikukood", "asmens kodas", "emšo", "jmbg", "oib", "egn", "егн",
					   "ЕГН", "инн", "ИНН", "inn", "rnokpp", "рнокпп", "РНОКПП", "nino",
					   "registry no", "status no", "status number", "полис омс", "Полис ОМС",
					   "полис ОМС", "омс", "ОМС", "enp",
					   /* stop 46: a fleet's driving-licence column */
					   "patente", "rijbewijsnr", "rijbewijsnummer", "dl no", "dl #",
					   "fuehrerschein nr", "führerschein-nr", "führerschein nr", "führerscheinnummer",
					   "licence no", "license no", "licence number", "license number",
					   "driving licence", "driver's license", "n° permis", "numéro de permis",
					   /* stop 51: a desk's log of the identity paper it
					    * checked ("| Claimed by | ID checked |") */
					   "id checked", "id seen", "id shown", "id verified", "id #", "id nr",
					   "ausweis geprüft", "id gecontroleerd", "legitimatie",
					   /* stop 53: a hostel's and a payroll's export ("doc_no",
					    * "tax_id": a column's '_' is a space here; not a
					    * gradebook's "ID number", a student's) */
					   "doc no", "doc number", "document no", "document number",
					   "passport number",
					   /* stop 54: a cash desk's log of the paper it saw,
					    * Egypt's national number */
					   "id document", "id doc", "identity document", "الرقم القومي",
					   "ausweis-/steuernummer", "n.º de identificação", "nº de identificação",
					   "паспорт", "Паспорт", NULL};
	const char *s = c->text;
	size_t i = c->ms;
	if (i == 0 || !(rx_in("|\t;,", s[i - 1]) || (i >= 2 && s[i - 1] == ' ' && rx_in("|;", s[i - 2]))))
		return 0;
	/* a CURP: ten letters, its check digit */
	if (i + 18 <= c->len && rx_is_upper((unsigned char)s[i]) && gv_curp_ok(s + i) &&
	    (i + 18 == c->len || !rx_is_alnum((unsigned char)s[i + 18]))) {
		/* (under its own column, or an id's: a customs broker's "id_no") */
		char h[64];
		if (!id_column(c, i, h, sizeof h))
			return 0;
		for (const char *const *k = cols; *k; k++)
			if (strcmp(h, *k) == 0)
				return (unsigned)rx_emit(c, i, i + 18, REDACT_GOV_ID);
		return 0;
	}
	char hdr[64];
	int have = -1;
	/* a number with a check under the column that names its kind
	 * ("SV-Nummer", "PIS", "Nº afiliación SS"), spaces and '/' inside */
	if (rx_is_digit((unsigned char)s[i])) {
		size_t ce = i, nd = 0, nl = 0;
		while (ce < c->len && ce - i < 24 && !rx_in("|\t;,\r\n", s[ce])) {
			nd += rx_is_digit((unsigned char)s[ce]) != 0;
			nl += rx_is_alpha((unsigned char)s[ce]) != 0;
			ce++;
		}
		while (ce > i && s[ce - 1] == ' ')
			ce--;
		/* (nine to thirteen digits and a letter at most: the kinds
		 * gv_cell_labelled knows) */
		if (nd >= 9 && nd <= 13 && nl <= 1 && ce - i < 24 && (have = id_column(c, i, hdr, sizeof hdr)) == 1) {
			unsigned k = gv_cell_labelled(c, hdr, i, ce);
			if (k)
				return k;
		}
	}
	size_t e = id_value(s, c->len, i);
	if (e == RX_NONE && have != 0)
		return passport_cell(c, i);
	if (e == RX_NONE || (e < c->len && !rx_in("|\t;,\r\n ", s[e])) ||
	    (e < c->len && s[e] == ' ' && e + 1 < c->len && s[e + 1] != '|' && s[e + 1] != ';'))
		return 0;
	if (have == 0 || (have < 0 && !id_column(c, i, hdr, sizeof hdr)))
		return 0;
	/* a column for a passport's or an identity paper's number, whichever
	 * the worker has ("Pass-/ID-nr", "N° passeport / pièce d'identité",
	 * "Nr paszportu / dokumentu"; stop 51) */
	{
		static const char *const pass[] = {"pass", "paspo", "pasu", "paszport", "passeport",
						   "pasaporte", "passaporto", "διαβατηρ", NULL};
		static const char *const idw[] = {"id", "ausweis", "pièce", "doklad", "dokument", "document",
						  "henkilö", "kimlik", "osob", "személy",
						  "ταυτοτητ", "identi", "dni", NULL};
		int p = 0, d = 0;
		for (const char *const *k = pass; *k && !p; k++)
			p = strstr(hdr, *k) != NULL;
		for (const char *const *k = idw; *k && !d; k++)
			d = strstr(hdr, *k) != NULL;
		if (p && d && strchr(hdr, '/'))
			return (unsigned)rx_emit(c, i, e, REDACT_GOV_ID);
	}
	size_t n = strlen(hdr);
	while (n > 0 && rx_in(" .", hdr[n - 1]))
		hdr[--n] = '\0';
	/* the column's name again before the number ("| IDNP 2397578985401 |") */
	if (n && i + n + 1 < e && rx_fold_eq(s + i, hdr, n) && s[i + n] == ' ' &&
	    rx_is_digit((unsigned char)s[i + n + 1]))
		i += n + 1;
	if (strcmp(hdr, "dni") == 0 && !peru_dni(s, i, e))
		return 0;
	/* a column named only "ID": South Africa's number, whose birth date
	 * and Luhn check say which ("9605077593082"); a record's id is none */
	if (strcmp(hdr, "id") == 0 || strcmp(hdr, "id number") == 0) {
		/* (or any national number whose strict check passes, a roster's
		 * "id_number"; stop 55) */
		if (gv_any_checked(s, i, e, 0))
			return (unsigned)rx_emit(c, i, e, REDACT_GOV_ID);
		/* (under "id_number", a roster's player's paper: the weak checks
		 * too, a passport's two letters and seven digits, a Russian
		 * passport's "NN NN NNNNNN") */
		if (hdr[2] == ' ') {
			int pass = e - i == 9 && rx_is_upper((unsigned char)s[i]) && rx_is_upper((unsigned char)s[i + 1]) &&
				   digits_in(s + i + 2, 7) == 7;
			int ru = e - i == 12 && s[i + 2] == ' ' && s[i + 5] == ' ' && digits_in(s + i, 2) == 2 &&
				 digits_in(s + i + 3, 2) == 2 && digits_in(s + i + 6, 6) == 6;
			if (pass || ru || gv_any_checked(s, i, e, 1))
				return (unsigned)rx_emit(c, i, e, REDACT_GOV_ID);
		}
		char d[14];
		size_t k = 0;
		for (size_t q = i; q < e && k < 14; q++)
			if (rx_is_digit((unsigned char)s[q]))
				d[k++] = s[q];
		return e - i == 13 && k == 13 && (d[10] == '0' || d[10] == '1') && gv_za_ok(d)
			       ? (unsigned)rx_emit(c, i, e, REDACT_GOV_ID)
			       : 0;
	}
	for (const char *const *k = cols; *k; k++)
		if (strcmp(hdr, *k) == 0)
			return (unsigned)rx_emit(c, i, e, REDACT_GOV_ID);
	return 0;
}

/* A document's words before the number sent for an identity check, in
 * parentheses ("I've uploaded my ID (634514996844)", "Meinen Ausweis
 * (5492 071077)", "KTP (3507...)", "證件（5101...）", "신분증(920227-...)"),
 * found as bytes before the '(' (scripts without spaces). */
static const char *const paren_docs[] = {
	"my id", "your id", "the id", "id card", "identity card", "ausweis", "ausweises",
	"pièce d'identité", "pièce d’identité", "documento", "documento de identidad", "document",
	"dokument", "mijn id", "ktp", "legitimation", "legitimationen", "kimliğimi", "kimliğim",
	"kimlik", "документ", "паспорт", "actul", "actul de identitate", "buletinul", "carta d'identità",
	"cédula", "dni", "bi", "cartão de cidadão", "תעודה", "תעודת זהות", "هويتي", "الهوية", "證件",
	"证件", "身分證", "身份证", "신분증", "주민등록증", "本人確認書類", "マイナンバーカード",
	"บัตรประชาชน", "आधार", NULL,
};
static struct rx_kwset paren_doc_kws = RX_KWSET(paren_docs);

/* At '(' (or the full-width '（'): the number in parentheses after a
 * document's words, to its ')'. */
unsigned gv_detect_id_paren(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t at = c->ms, len = c->len, v = at + 1;
	if ((unsigned char)s[at] == 0xEF) {
		if (at + 3 >= len || (unsigned char)s[at + 1] != 0xBC || (unsigned char)s[at + 2] != 0x88)
			return 0;
		v = at + 3;
	}
	/* (a cheap look first: a digit or a capital inside) */
	if (v + 6 >= len || !(rx_is_digit((unsigned char)s[v]) || rx_is_upper((unsigned char)s[v])))
		return 0;
	size_t b = at;
	if (b > 0 && s[b - 1] == ' ')
		b--;
	size_t ls = rx_line_start(s, at);
	if (b == ls || !rx_kwset_bytes_end(&paren_doc_kws, s, b > ls + 40 ? b - 40 : ls, b, 1))
		return 0;
	size_t e = id_value(s, len, v);
	if (e == RX_NONE || e >= len)
		return 0;
	if (!(s[e] == ')' || (e + 2 < len && (unsigned char)s[e] == 0xEF && (unsigned char)s[e + 1] == 0xBC &&
			      (unsigned char)s[e + 2] == 0x89)))
		return 0;
	return (unsigned)rx_emit(c, v, e, REDACT_GOV_ID);
}
