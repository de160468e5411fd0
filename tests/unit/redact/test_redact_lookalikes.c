/* Unit tests for what looks like personal data and is none: brands, works,
 * cars and places named after people (gateway/redact/eponym.c), words in
 * camel case, a password manager's "name" column, amounts, Unix times and
 * meter numbers that read like phones. Each case has a twin that must still
 * be redacted, so that no rule can pass by hiding nothing. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "redact_cases.h"

static const struct tc eponyms[] = {
  /* brands no private person is likely to bear: dropped in any context */
  {"I returned the Hugo Boss jacket and the Calvin Klein belt.",
   "I returned the Hugo Boss jacket and the Calvin Klein belt."},
  {"Favourite brand: Tommy Hilfiger",
   "Favourite brand: Tommy Hilfiger"},
  {"We flew out of Charles de Gaulle at 7.",
   "We flew out of Charles de Gaulle at 7."},
  {"Reading list: Jane Eyre, Anna Karenina and Oliver Twist",
   "Reading list: Jane Eyre, Anna Karenina and Oliver Twist"},
  /* a phrase that starts before the name: a title, a make */
  {"00:03:29 why Madame Bovary matters",
   "00:03:29 why Madame Bovary matters"},
  {"the pizza from Dr. Oetker was frozen",
   "the pizza from Dr. Oetker was frozen"},
  {"I drive an Alfa Romeo Giulia and a Ford Fiesta.",
   "I drive an Alfa Romeo Giulia and a Ford Fiesta."},
  /* software, a novel, insurers, a frame and a wine, a vet's practice
   * (stop 46) */
  {"# Wallet dump created by Bitcoin Core v27.1.0\nKindle (case: Max Havelaar sticker)\n"
   "Insurer: Blue Shield of California\nHarbourside Vets, Dunmore Road\nRay-Ban Clubmaster, Kendall-Jackson Chardonnay",
   "# Wallet dump created by Bitcoin Core v27.1.0\nKindle (case: Max Havelaar sticker)\n"
   "Insurer: Blue Shield of California\nHarbourside Vets, Dunmore Road\nRay-Ban Clubmaster, Kendall-Jackson Chardonnay"},
  /* more cars (the capital Š of Škoda as written), a street whose last
   * word ends in -laan, a roadside chat's title, a fee, an insurer; Turkish
   * "Ben" (I) as a chat's sender (a Turkish letter in the chat around it),
   * English Ben a name (stop 46) */
  {"Quotes for my Lincoln Navigator (235/50 R18):\nTS: Lada Vesta, VIN KNACY8ES5LY942157\n"
   "nr;voertuig\n1;\xc5\xa0koda Octavia Combi\nMag ik op de busbaan in de Johan de Wittlaan?\n"
   "Soccorso chat \xc2\xb7 Pratica RA-5251073\nTasa: 141,00 \xe2\x82\xac / a\xc3\xb1o\n- Warta: 4 259,15 z\xc5\x82\n\n"
   "Elif: Evet, hafta sonu bakabilirsiniz.\nBen: Noter i\xc3\xa7in bilgileriniz laz\xc4\xb1m.\nElif: Tamam.\n"
   "[16:19] Ben: \xf0\x9f\x91\x8d",
   "Quotes for my Lincoln Navigator (235/50 R18):\nTS: Lada Vesta, VIN KNACY8ES5LY942157\n"
   "nr;voertuig\n1;\xc5\xa0koda Octavia Combi\nMag ik op de busbaan in de Johan de Wittlaan?\n"
   "Soccorso chat \xc2\xb7 Pratica RA-5251073\nTasa: 141,00 \xe2\x82\xac / a\xc3\xb1o\n- Warta: 4 259,15 z\xc5\x82\n\n"
   "[NAME]: Evet, hafta sonu bakabilirsiniz.\nBen: Noter i\xc3\xa7in bilgileriniz laz\xc4\xb1m.\n[NAME]: Tamam.\n"
   "[16:19] Ben: \xf0\x9f\x91\x8d"},
  {"Anna: Can you come?\nBen: Sure, see you at 5.\nAnna: Great.", "[NAME]: Can you come?\n[NAME]: Sure, see you at 5.\n[NAME]: Great."},
  /* an institution word before the name or as its first word */
  {"Grant from the Fundación Ramón Areces, Madrid",
   "Grant from the Fundación Ramón Areces, Madrid"},
  {"transfer at Aeropuerto Adolfo Suárez",
   "transfer at Aeropuerto Adolfo Suárez"},
  {"office near São José dos Campos",
   "office near São José dos Campos"},
  /* brands that are also people's names: dropped only without context */
  {"bought a Ted Baker shirt",
   "bought a Ted Baker shirt"},
  {"Hi Ted Baker, your order shipped.",
   "Hi [NAME], your order shipped."},
  {"Name: Paul Smith",
   "Name: [NAME]"},
  /* the twins: real names beside the brands are still found */
  {"Dear Anna Weber, the Hugo Boss coat is ready.",
   "Dear [NAME], the Hugo Boss coat is ready."},
  {"Best regards,\nHeidi Baumgartner",
   "Best regards,\n[NAME]"},
  {"Hi Juan Carlos, thanks!",
   "Hi [NAME], thanks!"},
  /* a reference list's authors, journals and publishers are published names
   * (a journal's year;volume:pages, a place: publisher; year, an ISBN or a
   * DOI on a numbered entry); a manuscript's authors in prose and a CSV's
   * rows with times stay persons (stop 48) */
  {"[4] Darwin C. On the Origin of Species. London: John Murray; 1859.\n[5] Franklin RE, Gosling RG. Molecular configuration in sodium thymonucleate. Nature. 1953;171:740-1.\nShannon CE. A mathematical theory of communication. Bell Syst Tech J. 1948;27:379-423.\nR-879410;10/03/2022;15:30;3;Yannick Lemaire;+33 6 22 45 01 79\n\xe2\x80\x94 Louis Pasteur\n",
   "[4] Darwin C. On the Origin of Species. London: John Murray; 1859.\n[5] Franklin RE, Gosling RG. Molecular configuration in sodium thymonucleate. Nature. 1953;171:740-1.\nShannon CE. A mathematical theory of communication. Bell Syst Tech J. 1948;27:379-423.\nR-879410;10/03/2022;15:30;3;[NAME];[PHONE]\n\xe2\x80\x94 Louis Pasteur\n"},
  /* architects asked about, a form's sample name after Italian (es. ...), a
   * number's operator after its label, an ombudsman and a managing agent's
   * firm are no one's names (stop 48) */
  {"What did Frank Lloyd Wright actually think about open-plan living?\nCome compilare: cognome e nome (es. Mario Rossi), codice fiscale\nOperador donante: Movistar\nTo: Telecommunications Industry Ombudsman\nContact : Cabinet Rivoire Gestion, 09 69 83 31 34\n",
   "What did Frank Lloyd Wright actually think about open-plan living?\nCome compilare: cognome e nome (es. Mario Rossi), codice fiscale\nOperador donante: Movistar\nTo: Telecommunications Industry Ombudsman\nContact : Cabinet Rivoire Gestion, 09 69 83 31 34\n"},
  /* a form's sample names under an example's heading stay, even after a
   * label (Ejemplo de cumplimentación, SAMPLE); since stop 50 also a
   * sample name after a label 2 KiB or less from an example's word (a
   * sample name far from any is hidden: the cases below) */
  {"Ejemplo de cumplimentaci\xc3\xb3n:\nNombre: Fulano de Tal\n\nSAMPLE \xe2\x80\x94 completed form\nName: John Q. Public\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\nFull name: Jane Doe\n",
   "Ejemplo de cumplimentaci\xc3\xb3n:\nNombre: Fulano de Tal\n\nSAMPLE \xe2\x80\x94 completed form\nName: John Q. Public\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\nFull name: Jane Doe\n"},
  /* an event's venue on its label's line, a named lecture and a doctoral
   * network are no one's names (stop 48) */
  {"Venue: Pacifico Yokohama, 1-1-1 Minatomirai, Nishi-ku, Yokohama\nMit Verleihung des Ibn Sina Lecture.\nadmission en el Marie Sk\xc5\x82odowska-Curie Doctoral Network programa\n",
   "Venue: Pacifico Yokohama, 1-1-1 Minatomirai, Nishi-ku, Yokohama\nMit Verleihung des Ibn Sina Lecture.\nadmission en el Marie Sk\xc5\x82odowska-Curie Doctoral Network programa\n"},
  /* chefs, hoteliers and transport's pioneers asked about are no one's
   * (stop 53) */
  {"For the staff quiz: did Paul Bocuse train under Fernand Point? Was C\xc3\xa9sar Ritz Swiss? Who did Auguste Escoffier name the P\xc3\xaa" "che Melba after? Did Malcom McLean invent the container?\n",
   "For the staff quiz: did Paul Bocuse train under Fernand Point? Was C\xc3\xa9sar Ritz Swiss? Who did Auguste Escoffier name the P\xc3\xaa" "che Melba after? Did Malcom McLean invent the container?\n"},
  /* insurance's founders, writers, athletes and broadcasters asked about
   * are no one's (stop 53) */
  {"- Was Cuthbert Heath the first to insure against earthquakes?\n- Hoe rekende Johan de Witt de waarde van lijfrentes uit?\n- Ile razy Robert Lewandowski by\xc5\x82 kr\xc3\xb3lem strzelc\xc3\xb3w?\n- Stimmt es, dass Konrad Lorenz mit Graug\xc3\xa4nsen gearbeitet hat?\n",
   "- Was Cuthbert Heath the first to insure against earthquakes?\n- Hoe rekende Johan de Witt de waarde van lijfrentes uit?\n- Ile razy Robert Lewandowski by\xc5\x82 kr\xc3\xb3lem strzelc\xc3\xb3w?\n- Stimmt es, dass Konrad Lorenz mit Graug\xc3\xa4nsen gearbeitet hat?\n"},
  /* a league's venue hall before its address, a team's name after "team",
   * games' heroes and a game's title named after its maker are no one's
   * (stop 55) */
  {"Tideline Esports League\nArena Hall B, 12 Claddagh Quay, Galway H91 E2K4\nThe above player of team Ember Wolves is registered for the finals.\nShe streams Sid Meier's Civilization and plays as Arthur Morgan or Gordon Freeman.\n",
   "Tideline Esports League\nArena Hall B, 12 Claddagh Quay, Galway H91 E2K4\nThe above player of team Ember Wolves is registered for the finals.\nShe streams Sid Meier's Civilization and plays as Arthur Morgan or Gordon Freeman.\n"},
  /* a match's teams around its score, a one-word firm before a desk's
   * mailbox, Vietnam's cities; a person's own mailbox after a name stays
   * (stop 55) */
  {"Ember Wolves 0-1 Glacier Crabs (M-7809578429, MVP zephycomet42)\nAnti-cheat vendor: Keelguard, security@keelguard.io\nOpen Qualifier 3 semi-finals @ Tideline Studio H\xc3\xa0 N\xe1\xbb\x99i\nContact: Rosalind, rosalind@gmail.com\n2026-04-11 11:05 Rayane: Boa tarde\n",
   "Ember Wolves 0-1 Glacier Crabs (M-7809578429, MVP zephycomet42)\nAnti-cheat vendor: Keelguard, security@keelguard.io\nOpen Qualifier 3 semi-finals @ Tideline Studio H\xc3\xa0 N\xe1\xbb\x99i\nContact: [NAME], [EMAIL]\n2026-04-11 11:05 [NAME]: Boa tarde\n"},
  /* Vietnamese parishes and churches named after saints ('Giáo xứ Thánh
   * Giuse', 'Thánh lễ') (stop 56) */
  {"Gi\xc3\xa1o x\xe1\xbb\xa9 Th\xc3\xa1nh Giuse \xe2\x80\x94 Funeral booking BK-2026-25963\nCeremony: 14/02/2027, Th\xc3\xa1nh l\xe1\xbb\x85 Ch\xc3\xba" "a Nh\xe1\xba\xadt 5:30 v\xc3\xa0 17:00\nNh\xc3\xa0 th\xe1\xbb\x9d Th\xc3\xa1nh Ph\xc3\xaar\xc3\xb4\n",
   "Gi\xc3\xa1o x\xe1\xbb\xa9 Th\xc3\xa1nh Giuse \xe2\x80\x94 Funeral booking BK-2026-25963\nCeremony: 14/02/2027, Th\xc3\xa1nh l\xe1\xbb\x85 Ch\xc3\xba" "a Nh\xe1\xba\xadt 5:30 v\xc3\xa0 17:00\nNh\xc3\xa0 th\xe1\xbb\x9d Th\xc3\xa1nh Ph\xc3\xaar\xc3\xb4\n"},
  /* Berlin's, Athens' and Saigon's airports by their own names stay
   * visible (stop 57) */
  {"inbound diverted to BER Brandenburg Willy Brandt\nvia \xce\x91\xce\xb8\xce\xae\xce\xbd\xce\xb1 \xc2\xab\xce\x95\xce\xbb\xce\xb5\xcf\x85\xce\xb8\xce\xad\xcf\x81\xce\xb9\xce\xbf\xcf\x82 \xce\x92\xce\xb5\xce\xbd\xce\xb9\xce\xb6\xce\xad\xce\xbb\xce\xbf\xcf\x82\xc2\xbb (33 min MCT too short)\ndiverted to s\xc3\xa2n bay T\xc3\xa2n S\xc6\xa1n Nh\xe1\xba\xa5t\n",
   "inbound diverted to BER Brandenburg Willy Brandt\nvia \xce\x91\xce\xb8\xce\xae\xce\xbd\xce\xb1 \xc2\xab\xce\x95\xce\xbb\xce\xb5\xcf\x85\xce\xb8\xce\xad\xcf\x81\xce\xb9\xce\xbf\xcf\x82 \xce\x92\xce\xb5\xce\xbd\xce\xb9\xce\xb6\xce\xad\xce\xbb\xce\xbf\xcf\x82\xc2\xbb (33 min MCT too short)\ndiverted to s\xc3\xa2n bay T\xc3\xa2n S\xc6\xa1n Nh\xe1\xba\xa5t\n"},
  /* firms, streets, a stadium, an airport and cars named after people, or
   * that read like names (stop 60) */
  {"Client brief - Mehmet Akif Tekstil (Fevzi \xc3\x87" "akmak Caddesi)\nYour assignment with Lloyd Hartigan Engineering starts on 24/03.\nSite S-125 (Officine Gino Baratta): 74/82 shifts filled\nAccount note - \xc3\x89tablissements Marcel Rigaud - placement fee\n\"client\": \"Gebr. Anselm Fahrzeugbau\"\nChecked at Johan Cruijff ArenA\nZone 40B | \xd0\xb0\xd1\x8d\xd1\x80\xd0\xbe\xd0\xbf\xd0\xbe\xd1\x80\xd1\x82 \xd0\xa8\xd0\xb5\xd1\x80\xd0\xb5\xd0\xbc\xd0\xb5\xd1\x82\xd1\x8c\xd0\xb5\xd0\xb2\xd0\xbe \xd0\xb8\xd0\xbc\xd0\xb5\xd0\xbd\xd0\xb8 \xd0\x90. \xd0\xa1. \xd0\x9f\xd1\x83\xd1\x88\xd0\xba\xd0\xb8\xd0\xbd\xd0\xb0 | 475 \xe2\x82\xbd\nMercedes Sprinter vans are returned full; the Land Rover Discovery Sport and a Nissan Qashqai are out.\nGraduates of \xc4\x90\xe1\xba\xa1i h\xe1\xbb\x8d" "c T\xc3\xb4n \xc4\x90\xe1\xbb\xa9" "c Th\xe1\xba\xafng welcome. C\xc3\xb4ng ty Thu\xc3\xaa xe S\xc3\xb3ng H\xc3\xa0n \xe2\x80\x94 RENTAL AGREEMENT\n",
   "Client brief - Mehmet Akif Tekstil (Fevzi \xc3\x87" "akmak Caddesi)\nYour assignment with Lloyd Hartigan Engineering starts on 24/03.\nSite S-125 (Officine Gino Baratta): 74/82 shifts filled\nAccount note - \xc3\x89tablissements Marcel Rigaud - placement fee\n\"client\": \"Gebr. Anselm Fahrzeugbau\"\nChecked at Johan Cruijff ArenA\nZone 40B | \xd0\xb0\xd1\x8d\xd1\x80\xd0\xbe\xd0\xbf\xd0\xbe\xd1\x80\xd1\x82 \xd0\xa8\xd0\xb5\xd1\x80\xd0\xb5\xd0\xbc\xd0\xb5\xd1\x82\xd1\x8c\xd0\xb5\xd0\xb2\xd0\xbe \xd0\xb8\xd0\xbc\xd0\xb5\xd0\xbd\xd0\xb8 \xd0\x90. \xd0\xa1. \xd0\x9f\xd1\x83\xd1\x88\xd0\xba\xd0\xb8\xd0\xbd\xd0\xb0 | 475 \xe2\x82\xbd\nMercedes Sprinter vans are returned full; the Land Rover Discovery Sport and a Nissan Qashqai are out.\nGraduates of \xc4\x90\xe1\xba\xa1i h\xe1\xbb\x8d" "c T\xc3\xb4n \xc4\x90\xe1\xbb\xa9" "c Th\xe1\xba\xafng welcome. C\xc3\xb4ng ty Thu\xc3\xaa xe S\xc3\xb3ng H\xc3\xa0n \xe2\x80\x94 RENTAL AGREEMENT\n"},
  /* a shop named with an ampersand, Malaysia's cities and a loan's
   * application are no one (stop 60) */
  {"| 2025-09-11 | Marks & Spencer Simply Food | 75.11 |\n| login | 94.197.216.188 | Shah Alam, MY | Android |\nPersonal Loan Application \xe2\x80\x93 Summary\n",
   "| 2025-09-11 | Marks & Spencer Simply Food | 75.11 |\n| login | [IP] | Shah Alam, MY | Android |\nPersonal Loan Application \xe2\x80\x93 Summary\n"},
  /* a Polish firm's Sp. z o.o., a legal form after a comma ending the
   * field, a club, an Occitan school and a Vietnamese shopping centre are
   * no one (stop 60) */
  {"CONSIGNEE\nMeble D\xc4\x99" "bowy Gaj Sp. z o.o.\nul. Fabryczna 1\nBank transfer (Loja Verde Oliva, Lda.)\nCertificado de donaci\xc3\xb3n \xe2\x80\x93 Club de Remo Girona\nEsc\xc3\xb2la Gaston Febus \xe2\x80\x94 lista dels adherents\nM\xe1\xbb\xa5" "c ti\xc3\xaau: Trung t\xc3\xa2m th\xc6\xb0\xc6\xa1ng m\xe1\xba\xa1i Hoa S\xe1\xbb\xaf" "a \xe2\x80\x94 19/05/2026\n",
   "CONSIGNEE\nMeble D\xc4\x99" "bowy Gaj Sp. z o.o.\nul. Fabryczna 1\nBank transfer (Loja Verde Oliva, Lda.)\nCertificado de donaci\xc3\xb3n \xe2\x80\x93 Club de Remo Girona\nEsc\xc3\xb2la Gaston Febus \xe2\x80\x94 lista dels adherents\nM\xe1\xbb\xa5" "c ti\xc3\xaau: Trung t\xc3\xa2m th\xc6\xb0\xc6\xa1ng m\xe1\xba\xa1i Hoa S\xe1\xbb\xaf" "a \xe2\x80\x94 19/05/2026\n"},
  /* a team's word before "and I" is no one (stop 61) */
  {"Sales and I were small teams then.\n",
   "Sales and I were small teams then.\n"},
  /* a mailbox's word is no name of its line when it is a desk's, a
   * label's, a word inside another, SQL, a place, or a couple joined by
   * "e" (stop 61) */
  {"Remittance email:   remittance@saffron.fr\nR\xc3\xa9servations : reservations.mex@fourseasons.com\nINSERT INTO customers VALUES ('jacinto.zubizarreta+billing@aol.com');\nGrew up in Santa Cruz; write to ines.cruz@example.org\nContact the Vicar on vicar_o@stmarys.org\n",
   "Remittance email:   [EMAIL]\nR\xc3\xa9servations : [EMAIL]\nINSERT INTO customers VALUES ('[EMAIL]');\nGrew up in Santa Cruz; write to [EMAIL]\nContact the Vicar on [EMAIL]\n"},
  /* a department or a word after a note's dash, and "late" as a word,
   * name no one (stop 61) */
  {"Bitte bis Freitag melden. \xe2\x80\x94 Abteilung Tischtennis\nInvio entro luned\xc3\xac. \xe2\x80\x94 Ufficio Rivalse\nChecked. \xe2\x80\x93 Done\nHe was late again. The train was late Monday too.\n",
   "Bitte bis Freitag melden. \xe2\x80\x94 Abteilung Tischtennis\nInvio entro luned\xc3\xac. \xe2\x80\x94 Ufficio Rivalse\nChecked. \xe2\x80\x93 Done\nHe was late again. The train was late Monday too.\n"},
  /* a collection's artists and writers of the canon and a painting named
   * after people, a manuscript's shelf mark, a reading room, a hall and a
   * village named after someone are no one (stop 61) */
  {"  OBJ-2000-1157  Johannes Vermeer, Anna Karenina (Moscow, 1878)\n- Judith Slaying Holofernes (print) | PN8766.5\n\xe2\x80\xa2 MS. Add. b. 3660 and MS. Lat. e. 4601\nthe Frederick Douglass Reading Room\nYunus Emre Okuma Salonu i\xc3\xa7inde\nTrung t\xc3\xa2m L\xc6\xb0u tr\xe1\xbb\xaf L\xc3\xa0ng \xc4\x90\xc3\xa1\nTales by Hans Christian Andersen\n",
   "  OBJ-2000-1157  Johannes Vermeer, Anna Karenina (Moscow, 1878)\n- Judith Slaying Holofernes (print) | PN8766.5\n\xe2\x80\xa2 MS. Add. b. 3660 and MS. Lat. e. 4601\nthe Frederick Douglass Reading Room\nYunus Emre Okuma Salonu i\xc3\xa7inde\nTrung t\xc3\xa2m L\xc6\xb0u tr\xe1\xbb\xaf L\xc3\xa0ng \xc4\x90\xc3\xa1\nTales by Hans Christian Andersen\n"},
  /* a funeral firm's, an archive's and a museum's desks' mailboxes, and
   * the desk's phone beside them, are no one's (stop 61) */
  {"Arrangements: arrangements@penhallowfunerals.co.uk, 01872 555 014\nSearch room: searchroom@fenmarsh-heritage.org.uk; readingroom@fenmarsh-heritage.org.uk\nSchools: learning@marrowbonelibrary.org\nGrave deeds: cemeteries@lindbacka-begravning.se\n",
   "Arrangements: arrangements@penhallowfunerals.co.uk, 01872 555 014\nSearch room: searchroom@fenmarsh-heritage.org.uk; readingroom@fenmarsh-heritage.org.uk\nSchools: learning@marrowbonelibrary.org\nGrave deeds: cemeteries@lindbacka-begravning.se\n"},
  /* an order of service's hymns and readings, and funeral firms, hospices
   * and cemeteries named after people or places, are no one (stop 61) */
  {"Music: Hymn 477\nReading: Romans 8:38-39 and John 14:1-6\nVenue: Princess Alice Hospice\nTolbert Ridge Funeral Chapel\nUitvaartcentrum De Zilverberk\nTanatorio Vega del Duero \xe2\x80\x94 day sheet\nOnoranze Funebri Fratelli Soprani\n",
   "Music: Hymn 477\nReading: Romans 8:38-39 and John 14:1-6\nVenue: Princess Alice Hospice\nTolbert Ridge Funeral Chapel\nUitvaartcentrum De Zilverberk\nTanatorio Vega del Duero \xe2\x80\x94 day sheet\nOnoranze Funebri Fratelli Soprani\n"},
  /* a Vietnamese cemetery and funeral home, a church and a hospital in
   * small letters after the name, a Polish, a Turkish and a Dutch museum
   * or archive are no one (stop 61) */
  {"Ngh\xc4\xa9" "a trang V\xc4\xa9nh H\xe1\xba\xb1ng grave register\nNh\xc3\xa0 tang l\xe1\xbb\x85 Thi\xc3\xaan Ph\xc3\xba" "c: Ch\xc3\xa0o ch\xe1\xbb\x8b\nkl. 09:00 i Gustav Vasa kyrka.\nPlace of death: Antoni van Leeuwenhoek ziekenhuis; x\nMuzeum Garncarstwa\nKent Ar\xc5\x9fivi\nTegelmuseum Het Wedderhuis\n",
   "Ngh\xc4\xa9" "a trang V\xc4\xa9nh H\xe1\xba\xb1ng grave register\nNh\xc3\xa0 tang l\xe1\xbb\x85 Thi\xc3\xaan Ph\xc3\xba" "c: Ch\xc3\xa0o ch\xe1\xbb\x8b\nkl. 09:00 i Gustav Vasa kyrka.\nPlace of death: Antoni van Leeuwenhoek ziekenhuis; x\nMuzeum Garncarstwa\nKent Ar\xc5\x9fivi\nTegelmuseum Het Wedderhuis\n"},
  /* a museum, a hospital, a factory or a firm after a party's label or a
   * JSON key, in scripts without capitals, is no one (stop 62) */
  {"Borrower: \xe0\xa4\xb9\xe0\xa4\xb8\xe0\xa5\x8d\xe0\xa4\xa4\xe0\xa4\xb6\xe0\xa4\xbf\xe0\xa4\xb2\xe0\xa5\x8d\xe0\xa4\xaa \xe0\xa4\xb8\xe0\xa4\x82\xe0\xa4\x97\xe0\xa5\x8d\xe0\xa4\xb0\xe0\xa4\xb9\xe0\xa4\xbe\xe0\xa4\xb2\xe0\xa4\xaf \xe0\xa4\x95\xe0\xa5\x81\xe0\xa4\x82\xe0\xa4\xad\xe0\xa4\xbe\xe0\xa4\xb0\xe0\xa4\x97\xe0\xa4\xa2\xe0\xa4\xbc\nPayee: \xe0\xa4\xae\xe0\xa4\xbe\xe0\xa4\xb2\xe0\xa4\xb5\xe0\xa4\xbe \xe0\xa4\x8f\xe0\xa4\x97\xe0\xa5\x8d\xe0\xa4\xb0\xe0\xa5\x8b \xe0\xa4\xab\xe0\xa5\x82\xe0\xa4\xa1\xe0\xa5\x8d\xe0\xa4\xb8\nLender: \xd7\x9e\xd7\x95\xd7\x96\xd7\x99\xd7\x90\xd7\x95\xd7\x9f \xd7\x94\xd7\xa4\xd7\xa1\xd7\x99\xd7\xa4\xd7\xa1 \xd7\x92\xd7\x91\xd7\xa2\xd7\xaa \xd7\x90\xd7\x9c\xd7\x95\xd7\xa0\xd7\x99\xd7\x9d\n{\"job_ref\": \"JB-215196\", \"client\": \"\xd7\x9e\xd7\xa4\xd7\xa2\xd7\x9c\xd7\x99 \xd7\xa8\xd7\x95\xd7\x98\xd7\xa0\xd7\x91\xd7\xa8\xd7\x92\"}\n{\"client\": \"\xe5\x98\x89\xe5\xba\x9a\xe6\x9c\xba\xe6\xa2\xb0\xe5\x8e\x82\"}\nBorrower: \xd9\x85\xd8\xaa\xd8\xad\xd9\x81 \xd8\xa7\xd9\x84\xd9\x81\xd8\xae\xd8\xa7\xd8\xb1 \xd8\xa8\xd8\xa7\xd9\x84\xd9\x81\xd8\xb3\xd8\xb7\xd8\xa7\xd8\xb7 \xd8\xa7\xd9\x84\xd8\xac\xd8\xaf\xd9\x8a\xd8\xaf\nLender: \xd7\xa0\xd7\x97\xd7\x9e\xd7\x99\xd7\x94 \xd7\x92\xd7\xa8\xd7\x99\xd7\xa0\xd7\xa9\xd7\xa4\xd7\x9f\n",
   "Borrower: \xe0\xa4\xb9\xe0\xa4\xb8\xe0\xa5\x8d\xe0\xa4\xa4\xe0\xa4\xb6\xe0\xa4\xbf\xe0\xa4\xb2\xe0\xa5\x8d\xe0\xa4\xaa \xe0\xa4\xb8\xe0\xa4\x82\xe0\xa4\x97\xe0\xa5\x8d\xe0\xa4\xb0\xe0\xa4\xb9\xe0\xa4\xbe\xe0\xa4\xb2\xe0\xa4\xaf \xe0\xa4\x95\xe0\xa5\x81\xe0\xa4\x82\xe0\xa4\xad\xe0\xa4\xbe\xe0\xa4\xb0\xe0\xa4\x97\xe0\xa4\xa2\xe0\xa4\xbc\nPayee: \xe0\xa4\xae\xe0\xa4\xbe\xe0\xa4\xb2\xe0\xa4\xb5\xe0\xa4\xbe \xe0\xa4\x8f\xe0\xa4\x97\xe0\xa5\x8d\xe0\xa4\xb0\xe0\xa5\x8b \xe0\xa4\xab\xe0\xa5\x82\xe0\xa4\xa1\xe0\xa5\x8d\xe0\xa4\xb8\nLender: \xd7\x9e\xd7\x95\xd7\x96\xd7\x99\xd7\x90\xd7\x95\xd7\x9f \xd7\x94\xd7\xa4\xd7\xa1\xd7\x99\xd7\xa4\xd7\xa1 \xd7\x92\xd7\x91\xd7\xa2\xd7\xaa \xd7\x90\xd7\x9c\xd7\x95\xd7\xa0\xd7\x99\xd7\x9d\n{\"job_ref\": \"JB-215196\", \"client\": \"\xd7\x9e\xd7\xa4\xd7\xa2\xd7\x9c\xd7\x99 \xd7\xa8\xd7\x95\xd7\x98\xd7\xa0\xd7\x91\xd7\xa8\xd7\x92\"}\n{\"client\": \"\xe5\x98\x89\xe5\xba\x9a\xe6\x9c\xba\xe6\xa2\xb0\xe5\x8e\x82\"}\nBorrower: \xd9\x85\xd8\xaa\xd8\xad\xd9\x81 \xd8\xa7\xd9\x84\xd9\x81\xd8\xae\xd8\xa7\xd8\xb1 \xd8\xa8\xd8\xa7\xd9\x84\xd9\x81\xd8\xb3\xd8\xb7\xd8\xa7\xd8\xb7 \xd8\xa7\xd9\x84\xd8\xac\xd8\xaf\xd9\x8a\xd8\xaf\nLender: [NAME]\n"},
  /* an order of service's music is a hymn, a piece or its composer; a
   * party's band of two words stays a person's (stop 62) */
  {"Entrance music: Amazing Grace\nMusic: Abide With Me\nMusic: Jerusalem\nExit music: Elgar, Nimrod\nMusic: Be Still My Soul\nmusic : Ozite Boudreaux\n",
   "Entrance music: Amazing Grace\nMusic: Abide With Me\nMusic: Jerusalem\nExit music: Elgar, Nimrod\nMusic: Be Still My Soul\nmusic : [NAME]\n"},
  /* a clinic, a dentist, an optician and a physiotherapy room in their
   * own words, as an addressee or a sender, are no one (stop 62) */
  {"From: \xe9\x93\xb6\xe6\x9d\x8f\xe5\x8f\xa3\xe8\x85\x94\xe8\xaf\x8a\xe6\x89\x80\nBorrower: \xec\x98\xb9\xea\xb8\xb0 \xeb\xaf\xbc\xec\x86\x8d\xeb\xb0\x95\xeb\xac\xbc\xea\xb4\x80\nTREATMENT PLAN \xe2\x80\x94 Nha khoa Hoa G\xe1\xba\xa1o\nRecall / reminder queue \xe2\x80\x94 Optik am Brunnenhof\nDear Practice Manager,\nFrom: \xe4\xb8\x80\xe3\x83\x8e\xe7\x80\xac \xe7\x90\xb4\xe9\x9f\xb3\n",
   "From: \xe9\x93\xb6\xe6\x9d\x8f\xe5\x8f\xa3\xe8\x85\x94\xe8\xaf\x8a\xe6\x89\x80\nBorrower: \xec\x98\xb9\xea\xb8\xb0 \xeb\xaf\xbc\xec\x86\x8d\xeb\xb0\x95\xeb\xac\xbc\xea\xb4\x80\nTREATMENT PLAN \xe2\x80\x94 Nha khoa Hoa G\xe1\xba\xa1o\nRecall / reminder queue \xe2\x80\x94 Optik am Brunnenhof\nDear Practice Manager,\nFrom: [NAME]\n"},
  /* practices and a prison's houses named after people, and an Italian
   * clinician's register after the name (stop 62) */
  {"To: Fisioterapia Los Lentiscos\nFrom: Studio Dentistico Le Gelsomine\nTo: Larchmere Family Dental\nReminder queue \xe2\x80\x94 Quarrybank Opticians\nLocation: Haus Gustav Radbruch\nDentist: Orfeo Zambonelli Albo n. 4471\n",
   "To: Fisioterapia Los Lentiscos\nFrom: Studio Dentistico Le Gelsomine\nTo: Larchmere Family Dental\nReminder queue \xe2\x80\x94 Quarrybank Opticians\nLocation: Haus Gustav Radbruch\nDentist: [NAME] Albo n. 4471\n"},
  /* vets' practices and driving schools named after a bird or a tree are
   * no one; a person's name after a label stays hidden (stop 63) */
  {"Rijschool De Wielewaal \xc2\xb7 038 421 9930\nAutoscuola Il Carpino\nDierenartsenpraktijk De Kwikstaart\nAmbulatorio Veterinario Il Corbezzolo\nContact: Wilhelmina De Wielewaal\n",
   "Rijschool De Wielewaal \xc2\xb7 038 421 9930\nAutoscuola Il Carpino\nDierenartsenpraktijk De Kwikstaart\nAmbulatorio Veterinario Il Corbezzolo\nContact: [NAME]\n"},
  /* ships named after people, after their prefix in capitals, and a
   * Vietnamese street named after one after its house's number, its town
   * and province after it (stop 64) */
  {"Day 2: cruise on the MS Fridtjof Nansen, boarding 20:15\nDay 1: cruise on the MS Richard With, boarding 19:40\n25 Tr\xe1\xba\xa7n H\xc6\xb0ng \xc4\x90\xe1\xba\xa1o, H\xe1\xbb\x99i An, Qu\xe1\xba\xa3ng Nam\n",
   "Day 2: cruise on the MS Fridtjof Nansen, boarding 20:15\nDay 1: cruise on the MS Richard With, boarding 19:40\n25 Tr\xe1\xba\xa7n H\xc6\xb0ng \xc4\x90\xe1\xba\xa1o, H\xe1\xbb\x99i An, Qu\xe1\xba\xa3ng Nam\n"},
};

static const struct tc camel[] = {
  {"{\"creator\": {\"name\": \"WebInspector\", \"version\": \"537.36\"}}",
   "{\"creator\": {\"name\": \"WebInspector\", \"version\": \"537.36\"}}"},
  {"From: PayPal Support",
   "From: PayPal Support"},
  /* names carry capitals inside too */
  {"Hi DeShawn, thanks", "Hi [NAME], thanks"},
  {"Dear Mr McDonald,", "Dear Mr [NAME],"},
  /* a greeting to a group (German writes nouns with a capital) */
  {"Dear Customers,\nLiebe Kundschaft,\nLiebe Eltern,\nGood morning Colleagues,\nDear Valued Customers,",
   "Dear Customers,\nLiebe Kundschaft,\nLiebe Eltern,\nGood morning Colleagues,\nDear Valued Customers,"},
  {"Dear Hiring Manager,\nDear Selection Committee,\nDear Editor,", "Dear Hiring Manager,\nDear Selection Committee,\nDear Editor,"},
  {"Liebe Anke,\nDear Dwayne Van Buren,", "Liebe [NAME],\nDear [NAME],"},
  {"Best regards,\nPhilippa Pemberton-McAllister",
   "Best regards,\n[NAME]"},
  /* a company word in camel case ends the name */
  {"hier ist Bernd Müller GmbH", "hier ist [NAME] GmbH"},
};

/* labels and values that name things, systems and days */
static const struct tc things[] = {
  {"Log Name:      Security\nSource:        Microsoft-Windows-Security-Auditing",
   "Log Name:      Security\nSource:        Microsoft-Windows-Security-Auditing"},
  {"{\"name\": \"Create customer\", \"request\": {}}", "{\"name\": \"Create customer\", \"request\": {}}"},
  {"\"info\": {\"name\": \"Billing API\"}", "\"info\": {\"name\": \"Billing API\"}"},
  {"deploy   pts/1   10.0.0.5   Thu Jan  6 05:19   still logged in", "deploy   pts/1   [IP]   Thu Jan  6 05:19   still logged in"},
  {"Reading: Marie Curie, a biography", "Reading: Marie Curie, a biography"},
  /* a sentence under a CSV header that names a person column, an
   * identifier's grammar and a URL's placeholders in capitals */
  {"client made, seq).\nErrors are \"...\",", "client made, seq).\nErrors are \"...\","},
  {"grammar: `svc:NAME`, `user:ISSUER/SUB`, `group:ISSUER/NAME`",
   "grammar: `svc:NAME`, `user:ISSUER/SUB`, `group:ISSUER/NAME`"},
  {"console's `https://HOST:PORT/callback` exactly", "console's `https://HOST:PORT/callback` exactly"},
  /* title-case words the name lists hold, a licence's capitals under
   * "HOLDER, ...", a ZIP+4 after its state */
  {"The GNU General Public License; packaging a Major Component; Human Resources",
   "The GNU General Public License; packaging a Major Component; Human Resources"},
  {"HOLDER, CONVEYS\nTHE LIABLE DAMAGES,", "HOLDER, CONVEYS\nTHE LIABLE DAMAGES,"},
  {"Foundation, Inc., Boston, MA  02110-1301  USA", "Foundation, Inc., Boston, MA  02110-1301  USA"},
  {"   Version 2, June 1991\n\n Copyright (C) 1989, 1991 Free Software Foundation, Inc.,",
   "   Version 2, June 1991\n\n Copyright (C) 1989, 1991 Free Software Foundation, Inc.,"},
  {"URI constraints, as RFC 5280 4.2.1.10 defines them; see section 4.2.1.10",
   "URI constraints, as RFC 5280 4.2.1.10 defines them; see section 4.2.1.10"},
  /* examples, placeholders, a brand, a pub, a form's id label */
  {"Full name: ______ (e.g. Jane Doe)\nDNI/NIE: _________\n- phone: (123) 456-7890",
   "Full name: ______ (e.g. Jane Doe)\nDNI/NIE: _________\n- phone: (123) 456-7890"},
  /* a Chinese mobile in its own 3-4-4 layout needs no phone word (stop
   * 41); eleven digits in one run are none without one */
  {"紧急联系人：周俊杰（朋友）133-7132-3593\n工号 13380421467",
   "紧急联系人：[NAME]（朋友）[PHONE]\n工号 13380421467"},
  /* six zeros at a number's end: a form's placeholder or a switchboard
   * (stop 41); a number that ends in four is still one */
  {"T\xc3\xa9l. : 06 00 00 00 00\nStandard : 01 40 00 00 00\nTel: +353 1 000 0000\nDirect: 0161 496 0000",
   "T\xc3\xa9l. : 06 00 00 00 00\nStandard : 01 40 00 00 00\nTel: +353 1 000 0000\nDirect: [PHONE]"},
  /* an institution's number: on its sign (its name, department and
   * number), after its switchboard's, reception's or helpline's word, in
   * a drug's code column; a person's number after a hospital in a
   * sentence, or under a doctor's title, stays hidden */
  {"Kingsway Pharmacy 0161 268 1945\nUniversit\xc3\xa4tsspital Basel \xc2\xb7 Station 12 \xc2\xb7 031 511 74 45\n"
   "Switchboard: 020 7946 0123\nhelpline 0161 496 0402\nCentrale;;;0142926477;x\n"
   "item,ndc,lot\nSalbutamol 100 \xc2\xb5g,74968-5742-62,EW8700",
   "Kingsway Pharmacy 0161 268 1945\nUniversit\xc3\xa4tsspital Basel \xc2\xb7 Station 12 \xc2\xb7 031 511 74 45\n"
   "Switchboard: 020 7946 0123\nhelpline 0161 496 0402\nCentrale;;;0142926477;x\n"
   "item,ndc,lot\nSalbutamol 100 \xc2\xb5g,74968-5742-62,EW8700"},
  {"I called the hospital and my sister at 07700 900123\nDr Tessier \xc2\xb7 Clinique des C\xc3\xa8" "dres \xc2\xb7 01 25 78 07 75",
   "I called the hospital and my sister at [PHONE]\nDr [NAME] \xc2\xb7 Clinique des C\xc3\xa8" "dres \xc2\xb7 [PHONE]"},
  /* hospitals named after people; a test message's placeholder name; a
   * kin word as a chat's sender; a disease named after its describer; a
   * care rota's shift before the carer (stop 42) */
  /* a school, a letting agent and a firm named after people (stop 45) */
  {"Pupil at Thomas Jefferson Elementary\nBeste Grachtzicht Makelaars,\nSinan Anadolu Lisesi\nTate Family Law LLP",
   "Pupil at Thomas Jefferson Elementary\nBeste Grachtzicht Makelaars,\nSinan Anadolu Lisesi\nTate Family Law LLP"},
  {"Universit\xc3\xa4tsklinikum Carl Gustav Carus, Station 4\nHelios Klinikum Emil von Behring\nSzpital im. Jana Mikulicza-Radeckiego\n\xd0\x9d\xd0\x9c\xd0\x98\xd0\xa6 \xd0\xb8\xd0\xbc. \xd0\x92. \xd0\x90. \xd0\x90\xd0\xbb\xd0\xbc\xd0\xb0\xd0\xb7\xd0\xbe\xd0\xb2\xd0\xb0\nPID|1||T-1^^^FAC^MR||TEST^PATIENT||19800101|U\n[01/05/2024, 17:02] \xce\x9c\xce\xb1\xce\xbc\xce\xac: ok\nDr. K\xc4\xb1l\xc4\xb1\xc3\xa7 Crohn hastal\xc4\xb1\xc4\x9f\xc4\xb1 i\xc3\xa7in\nFr\xc3\xbchdienst Fiete: RR 120/80",
   "Universit\xc3\xa4tsklinikum Carl Gustav Carus, Station 4\nHelios Klinikum Emil von Behring\nSzpital im. Jana Mikulicza-Radeckiego\n\xd0\x9d\xd0\x9c\xd0\x98\xd0\xa6 \xd0\xb8\xd0\xbc. \xd0\x92. \xd0\x90. \xd0\x90\xd0\xbb\xd0\xbc\xd0\xb0\xd0\xb7\xd0\xbe\xd0\xb2\xd0\xb0\nPID|1||T-1^^^FAC^MR||TEST^PATIENT||[DOB]|U\n[01/05/2024, 17:02] \xce\x9c\xce\xb1\xce\xbc\xce\xac: ok\nDr. [NAME] Crohn hastal\xc4\xb1\xc4\x9f\xc4\xb1 i\xc3\xa7in\nFr\xc3\xbchdienst [NAME]: RR 120/80"},
  /* a number with its country code of a firm's type: toll free, premium
   * rate, shared cost, UAN; not in the North American plan; a national
   * number's plan is a guess, and only a freephone's own layout makes it
   * a firm's (stop 43: 0800, 1800, 0120, China's 400, 900/800 3-3-3; not
   * 0808, a Nigerian mobile's start, nor a number run together) */
  {"Hotline: +49 800 1505050\nCall +44 345 108 0422 or +44 871 200 2233\nToll-free +1 800 376 0958\n"
   "Tel: +44 20 7946 0958\nTel. 0800 150 50 50\nFreephone 1800 904 7918, 0120-998-575, 400-041-2501, 900 137 789\n"
   "call me: 0808 123 4567 / 08001505050",
   "Hotline: +49 800 1505050\nCall +44 345 108 0422 or +44 871 200 2233\nToll-free [PHONE]\n"
   "Tel: [PHONE]\nTel. 0800 150 50 50\nFreephone 1800 904 7918, 0120-998-575, 400-041-2501, 900 137 789\n"
   "call me: [PHONE] / [PHONE]"},
  /* a hotel's, a consulate's or a mover's footer (its address is hidden
   * when nothing marks the firm: a firm's and a person's are not told
   * apart; here the switchboard's line right below it does, stop 54), a firm's desk
   * under its label even with its country code, an airline ticket's
   * thirteen digits, a booking's confirmation number; a guest's own number
   * stays */
  {"Hotel Alfonso XIII \xc2\xb7 Calle San Fernando 2, 41004 Sevilla \xc2\xb7 Tel. +34 954 91 70 00\n"
   "Centralita: +30 210 333 0000\nAsistencia 24 h:    +34 971 78 95 00\n\xc3\x87" "a\xc4\x9fr\xc4\xb1 merkezi: 0212 340 11 00\n"
   "ETKT NBR        : 016 5119114635\n- Maxime Claeys (0743827570038)\nNumero di conferma: 93073926\n"
   "Guest: +34 620 091 636",
   "Hotel Alfonso XIII \xc2\xb7 Calle San Fernando 2, 41004 Sevilla \xc2\xb7 Tel. +34 954 91 70 00\n"
   "Centralita: +30 210 333 0000\nAsistencia 24 h:    +34 971 78 95 00\n\xc3\x87" "a\xc4\x9fr\xc4\xb1 merkezi: 0212 340 11 00\n"
   "ETKT NBR        : 016 5119114635\n- [NAME] (0743827570038)\nNumero di conferma: 93073926\n"
   "Guest: [PHONE]"},
  /* a firm's footer: its name with its legal form first, or a role's
   * mailbox last, makes the line's address and phone the firm's, and the
   * street named after a person in it no name; a public body's name over
   * a letter's block; a mobile's field on the footer, a private seller's
   * line and the sender's own block stay hidden (stop 46) */
  {"Moorside Motors Ltd \xc2\xb7 Unit 4, Canal Wharf Industrial Estate, Leeds LS11 5PQ \xc2\xb7 0113 244 9071\n\n"
   "Av. Juan Carlos I, 40, 30009 Murcia \xc2\xb7 968 29 11 40 \xc2\xb7 ventas@avjcmotor.es\n\n"
   "Brunnfeld Immobilien GmbH \xc2\xb7 Tel. 0800 330 1200 \xc2\xb7 mobil 0178-5202469\n\n"
   "Anna Berg \xc2\xb7 Hauptstra\xc3\x9f" "e 5, 10115 Berlin \xc2\xb7 0171 2345678\n\n"
   "Hauke K\xc3\xb6tter\nD\xc3\xb6rnbergstra\xc3\x9f" "e 45\n34117 Kassel\n\nStadt Kassel \xe2\x80\x93 Bu\xc3\x9f" "geldstelle\n"
   "Obere K\xc3\xb6nigsstra\xc3\x9f" "e 8, 34117 Kassel\n\nWiderspruch",
   "Moorside Motors Ltd \xc2\xb7 Unit 4, Canal Wharf Industrial Estate, Leeds LS11 5PQ \xc2\xb7 0113 244 9071\n\n"
   "Av. Juan Carlos I, 40, 30009 Murcia \xc2\xb7 968 29 11 40 \xc2\xb7 ventas@avjcmotor.es\n\n"
   "Brunnfeld Immobilien GmbH \xc2\xb7 Tel. 0800 330 1200 \xc2\xb7 mobil [PHONE]\n\n"
   "[NAME] \xc2\xb7 [ADDRESS] \xc2\xb7 [PHONE]\n\n"
   "[NAME]\n[ADDRESS]\n\nStadt Kassel \xe2\x80\x93 Bu\xc3\x9f" "geldstelle\n"
   "Obere K\xc3\xb6nigsstra\xc3\x9f" "e 8, 34117 Kassel\n\nWiderspruch"},
  /* a firm's or a public body's address after its name and a comma on
   * the same line; a public body, a garage and a form's title are no
   * names; a dealer named after a person; a buyer's address and a
   * practice's number after its name stay hidden (stop 46) */
  {"Public stations: Ionity GmbH, Landsberger Stra\xc3\x9f" "e 110, 80339 M\xc3\xbcnchen\n\n"
   "Kraftfahrt-Bundesamt, F\xc3\xb6rdestra\xc3\x9f" "e 16, 24944 Flensburg \xc2\xb7 0461 316-0\n\n"
   "Citro\xc3\xabn C5 Aircross \xe2\x80\x93 Autobedrijf Willem Barentsz\n\nDVSA Vehicle Safety Recalls \xc2\xb7 0300 123 9000\n\n"
   "Auto Insurance Quote Request\n\nBuyer: Anna Weber, Hauptstra\xc3\x9f" "e 5, 10115 Berlin\n\n"
   "Doctor: Dr N. Featherstone, Moor Lane Medical Centre, 0113 379 0327",
   "Public stations: Ionity GmbH, Landsberger Stra\xc3\x9f" "e 110, 80339 M\xc3\xbcnchen\n\n"
   "Kraftfahrt-Bundesamt, F\xc3\xb6rdestra\xc3\x9f" "e 16, 24944 Flensburg \xc2\xb7 0461 316-0\n\n"
   "Citro\xc3\xabn C5 Aircross \xe2\x80\x93 Autobedrijf Willem Barentsz\n\nDVSA Vehicle Safety Recalls \xc2\xb7 0300 123 9000\n\n"
   "Auto Insurance Quote Request\n\nBuyer: [NAME], [ADDRESS]\n\n"
   "Doctor: Dr [NAME], Moor Lane Medical Centre, [PHONE]"},
  /* the sample addresses of forms' help texts; a note after a real one
   * keeps it hidden */
  {"C.1.3 Adresse : 1 rue de l'Exemple, 75000 PARIS\nAnschrift: Heidestra\xc3\x9f" "e 17, 51147 K\xc3\xb6ln (Musteradresse)\n"
   "Adres: ul. Przyk\xc5\x82" "adowa 1, 00-001 Warszawa\n\nAnschrift: Heidestra\xc3\x9f" "e 17, 51147 K\xc3\xb6ln (2. OG)",
   "C.1.3 Adresse : 1 rue de l'Exemple, 75000 PARIS\nAnschrift: Heidestra\xc3\x9f" "e 17, 51147 K\xc3\xb6ln (Musteradresse)\n"
   "Adres: ul. Przyk\xc5\x82" "adowa 1, 00-001 Warszawa\n\nAnschrift: [ADDRESS] (2. OG)"},
  /* airports and stations named after people, as departure boards and
   * tickets print them with their city first */
  {"AI 1989  HAM Hamburg Helmut Schmidt     09:55\nAbfl\xc3\xbcge \xe2\x80\x93 FCO Roma Fiumicino Leonardo da Vinci\n"
   "AVE 02973 \xc2\xb7 Madrid Chamart\xc3\xadn - Clara Campoamor 06:30\nTo: CDG Paris-Charles de Gaulle",
   "AI 1989  HAM Hamburg Helmut Schmidt     09:55\nAbfl\xc3\xbcge \xe2\x80\x93 FCO Roma Fiumicino Leonardo da Vinci\n"
   "AVE 02973 \xc2\xb7 Madrid Chamart\xc3\xadn - Clara Campoamor 06:30\nTo: CDG Paris-Charles de Gaulle"},
  /* a form's example after "ej." is no one's */
  {"N\xc3\xbamero de pasaporte sin espacios (ej. PAA000000)", "N\xc3\xbamero de pasaporte sin espacios (ej. PAA000000)"},
  {"04 May  DR. MARTENS  \xc2\xa3" "150.98\nWe walked to the Brown Cow.",
   "04 May  DR. MARTENS  \xc2\xa3" "150.98\nWe walked to the Brown Cow."},
  /* firms, a code, a school named after someone, a practice after a
   * doctor's name */
  {"Employer: Oak & Ember Catering\nBill to:\nRiverbend Logistics LLC\nReference: YNW-7424\nCEIP Clara Campoamor",
   "Employer: Oak & Ember Catering\nBill to:\nRiverbend Logistics LLC\nReference: YNW-7424\nCEIP Clara Campoamor"},
  {"Previous GP: Dr Harris, Hillside Medical Practice", "Previous GP: Dr [NAME], Hillside Medical Practice"},
  /* the twins */
  {"Hi Major,\ncall 02110-1301\nserver 10.2.1.10 is down", "Hi [NAME],\ncall [PHONE]\nserver [IP] is down"},
  {"Patient: Dr. Smith, John\nAttn: Jennifer Gardner", "Patient: Dr. [NAME]\nAttn: [NAME]"},
  {"Full name: Jane Doe\nName: SMITH/JOHN\nWe walked to Anna Weber's.", "Full name: [NAME]\nName: [NAME]\nWe walked to [NAME]'s."},
  {"S\nMosese Drauna\nAarestrasse 16\n\n3800 Interlaken\nCH", "S\n[NAME]\n[ADDRESS]\nCH"},
  {"client, seq\nAnna Weber, 3", "client, seq\n[NAME], 3"},
  {"Name | Phone | Amount\nNasteexo Cali | +971541448511 | $20", "Name | Phone | Amount\n[NAME] | [PHONE] | $20"},
  {"Full Name: Anna Weber", "Full Name: [NAME]"},
  {"{\"name\": \"Anna Weber\"}", "{\"name\": \"[NAME]\"}"},
  {"SEPA-Überweisung an Helga Wiegand IBAN DE31353992569567240905",
   "SEPA-Überweisung an [NAME] IBAN [IBAN]"},
  /* an organisation's address block: its switchboard's or press office's
   * line within two lines below, and the organisation's name heading it
   * (stop 54) */
  {"B\xc3\xbcrgerliste Weserbogen\nKonrad-Zuse-Stra\xc3\x9f" "e 1, 32423 Minden\nSwitchboard: 0571 000000\nPress office: press@weserbogen-liste.de\n",
   "B\xc3\xbcrgerliste Weserbogen\nKonrad-Zuse-Stra\xc3\x9f" "e 1, 32423 Minden\nSwitchboard: 0571 000000\nPress office: press@weserbogen-liste.de\n"},
  /* a person's address over their own phone stays hidden */
  {"Jana Weber\nKonrad-Zuse-Stra\xc3\x9f" "e 14, 32423 Minden\nTel. 0571 4412983\n",
   "[NAME]\n[ADDRESS]\nTel. [PHONE]\n"},
  /* a bank's name in Turkish heading a form, a fund's name (stop 54) */
  {"Standing order instruction \xe2\x80\x94 Ege Kooperatif Kat\xc4\xb1l\xc4\xb1m Bankas\xc4\xb1\nAd Soyad: Selahattin Ku\xc5\x9f\xc3\xa7uo\xc4\x9flu\nFidelity Magellan Fund\n",
   "Standing order instruction \xe2\x80\x94 Ege Kooperatif Kat\xc4\xb1l\xc4\xb1m Bankas\xc4\xb1\nAd Soyad: [NAME]\nFidelity Magellan Fund\n"},
  /* a plant's certificates: a standard's number is no Maltese postcode
   * nor a town's; a home address in Malta stays (stop 55) */
  {"Certified ISO 4762\nCertified ISO 4762, IATF 16949\n\nHome: 12 Triq il-Kbira, Il-Mosta MST 1450\n",
   "Certified ISO 4762\nCertified ISO 4762, IATF 16949\n\nHome: [ADDRESS]\n"},
  /* a label's note in parentheses at the text's very start: nothing read
   * before the text (stop 55 review) */
  {"(payout-verified): \xe0\xb8\x9b\xe0\xb8\xa7\xe0\xb8\xb5\xe0\xb8\x93\xe0\xb8\xb2 \xe0\xb8\x9a\xe0\xb8\xb8\xe0\xb8\x8d\xe0\xb8\xa1\xe0\xb8\xb2\xe0\xb8\x81\n",
   "(payout-verified): \xe0\xb8\x9b\xe0\xb8\xa7\xe0\xb8\xb5\xe0\xb8\x93\xe0\xb8\xb2 \xe0\xb8\x9a\xe0\xb8\xb8\xe0\xb8\x8d\xe0\xb8\xa1\xe0\xb8\xb2\xe0\xb8\x81\n"},
  /* Korean words that begin like a family name and a given name: "가정은"
   * (the home), "진지한" (serious), a bank, people everyone knows (stop 56) */
  {"\xea\xb0\x80\xec\xa0\x95\xec\x9d\x80 \xec\x9a\xb0\xeb\xa6\xac\xec\x9d\x98 \xea\xb8\xb0\xec\xb4\x88\xec\x9e\x85\xeb\x8b\x88\xeb\x8b\xa4. \xec\xa7\x84\xec\xa7\x80\xed\x95\x9c \xeb\xa7\x8c\xeb\x82\xa8\xec\x9d\x84 \xec\x9b\x90\xed\x95\xb4\xec\x9a\x94. \xed\x95\x98\xeb\x82\x98\xec\x9d\x80\xed\x96\x89 \xea\xb3\xa0\xea\xb0\x9d\xeb\x8b\x98, \xeb\xb4\x89\xec\xa4\x80\xed\x98\xb8 \xea\xb0\x90\xeb\x8f\x85\xec\x9d\x80 \xec\xbd\x98\xed\x8b\xb0\xeb\xa5\xbc \xea\xb7\xb8\xeb\xa0\xb8\xea\xb3\xa0 \xeb\xb0\x95\xec\xa7\x80\xec\x84\xb1 \xec\x9c\xa0\xec\x86\x8c\xeb\x85\x84 \xec\xb6\x95\xea\xb5\xac\xec\xba\xa0\xed\x94\x84\xea\xb0\x80 \xec\x97\xb4\xeb\xa6\xbd\xeb\x8b\x88\xeb\x8b\xa4.\n",
   "\xea\xb0\x80\xec\xa0\x95\xec\x9d\x80 \xec\x9a\xb0\xeb\xa6\xac\xec\x9d\x98 \xea\xb8\xb0\xec\xb4\x88\xec\x9e\x85\xeb\x8b\x88\xeb\x8b\xa4. \xec\xa7\x84\xec\xa7\x80\xed\x95\x9c \xeb\xa7\x8c\xeb\x82\xa8\xec\x9d\x84 \xec\x9b\x90\xed\x95\xb4\xec\x9a\x94. \xed\x95\x98\xeb\x82\x98\xec\x9d\x80\xed\x96\x89 \xea\xb3\xa0\xea\xb0\x9d\xeb\x8b\x98, \xeb\xb4\x89\xec\xa4\x80\xed\x98\xb8 \xea\xb0\x90\xeb\x8f\x85\xec\x9d\x80 \xec\xbd\x98\xed\x8b\xb0\xeb\xa5\xbc \xea\xb7\xb8\xeb\xa0\xb8\xea\xb3\xa0 \xeb\xb0\x95\xec\xa7\x80\xec\x84\xb1 \xec\x9c\xa0\xec\x86\x8c\xeb\x85\x84 \xec\xb6\x95\xea\xb5\xac\xec\xba\xa0\xed\x94\x84\xea\xb0\x80 \xec\x97\xb4\xeb\xa6\xbd\xeb\x8b\x88\xeb\x8b\xa4.\n"},
  /* a desk's name in a script without capitals before its role mailbox
   * stays visible (stop 56) */
  {"Sent by \xd9\x85\xd9\x83\xd8\xaa\xd8\xa8 \xd8\xa7\xd9\x84\xd8\xae\xd8\xaf\xd9\x85\xd8\xa9 <office@omar-mosque-charity.org>\n",
   "Sent by \xd9\x85\xd9\x83\xd8\xaa\xd8\xa8 \xd8\xa7\xd9\x84\xd8\xae\xd8\xaf\xd9\x85\xd8\xa9 <office@omar-mosque-charity.org>\n"},
  /* after 'by': a place, a firm or a desk in those scripts, a sentence,
   * stay visible (stop 56) */
  {"Published by \xe6\x9d\xb1\xe4\xba\xac\xe9\x83\xbd in 2020, printed by \xe5\x8c\x97\xe4\xba\xac\xe5\xa4\xa7\xe5\xad\xa6\xe5\x87\xba\xe7\x89\x88\xe7\xa4\xbe.\nRun by \xd9\x85\xd8\xb1\xd9\x83\xd8\xb2 \xd8\xa7\xd9\x84\xd8\xae\xd8\xaf\xd9\x85\xd8\xa9 \xd8\xa7\xd9\x84\xd9\x85\xd8\xac\xd8\xaa\xd9\x85\xd8\xb9\xd9\x8a\xd8\xa9, reviewed by \xd7\x91\xd7\x99\xd7\xaa \xd7\x94\xd7\x9b\xd7\xa0\xd7\xa1\xd7\xaa \xd7\x94\xd7\x92\xd7\x93\xd7\x95\xd7\x9c.\nTranslated by: \xe6\x88\x91\xe4\xbb\xac\xe6\x98\x8e\xe5\xa4\xa9\xe5\x8e\xbb\xe5\x85\xac\xe5\x9b\xad\xe6\x95\xa3\xe6\xad\xa5\xe5\x90\xa7\n",
   "Published by \xe6\x9d\xb1\xe4\xba\xac\xe9\x83\xbd in 2020, printed by \xe5\x8c\x97\xe4\xba\xac\xe5\xa4\xa7\xe5\xad\xa6\xe5\x87\xba\xe7\x89\x88\xe7\xa4\xbe.\nRun by \xd9\x85\xd8\xb1\xd9\x83\xd8\xb2 \xd8\xa7\xd9\x84\xd8\xae\xd8\xaf\xd9\x85\xd8\xa9 \xd8\xa7\xd9\x84\xd9\x85\xd8\xac\xd8\xaa\xd9\x85\xd8\xb9\xd9\x8a\xd8\xa9, reviewed by \xd7\x91\xd7\x99\xd7\xaa \xd7\x94\xd7\x9b\xd7\xa0\xd7\xa1\xd7\xaa \xd7\x94\xd7\x92\xd7\x93\xd7\x95\xd7\x9c.\nTranslated by: \xe6\x88\x91\xe4\xbb\xac\xe6\x98\x8e\xe5\xa4\xa9\xe5\x8e\xbb\xe5\x85\xac\xe5\x9b\xad\xe6\x95\xa3\xe6\xad\xa5\xe5\x90\xa7\n"},
  /* a label and a place then a date stay visible; a chat's line after its
   * speaker is no label's value (only the name the Hangul rule knows is
   * hidden; stop 56) */
  {"\xe6\x9c\x80\xe5\x90\x8e\xe5\x87\xba\xe7\x8e\xb0: \xe7\x8e\xaf\xe5\x9f\x8e\xe8\xb7\xaf\xe5\x8f\xa3, 2026-05-26 17:10\n[11:19] \xea\xb3\xa0\xea\xb0\x9d: \xec\x9c\xa4\xeb\x8f\x84\xec\x9c\xa4\xeb\x8b\x98, \xec\xa3\xbc\xeb\xac\xb8\xeb\xb2\x88\xed\x98\xb8 ORD-2025-389678 \xec\x83\x81\xed\x92\x88\xec\x9d\xb4 \xed\x8c\x8c\xec\x86\x90\xeb\x8f\xbc\xec\x84\x9c \xec\x99\x94\xec\x96\xb4\xec\x9a\x94.\n",
   "\xe6\x9c\x80\xe5\x90\x8e\xe5\x87\xba\xe7\x8e\xb0: \xe7\x8e\xaf\xe5\x9f\x8e\xe8\xb7\xaf\xe5\x8f\xa3, 2026-05-26 17:10\n[11:19] \xea\xb3\xa0\xea\xb0\x9d: [NAME]\xeb\x8b\x98, \xec\xa3\xbc\xeb\xac\xb8\xeb\xb2\x88\xed\x98\xb8 ORD-2025-389678 \xec\x83\x81\xed\x92\x88\xec\x9d\xb4 \xed\x8c\x8c\xec\x86\x90\xeb\x8f\xbc\xec\x84\x9c \xec\x99\x94\xec\x96\xb4\xec\x9a\x94.\n"},
  /* firms before their phone or mailbox stay visible: under a firm's
   * label, with a firm's word in any language (stop 56) */
  {"Supplier: Northwind Traders, orders@northwind.com\nCompany: Acme Widgets, 0800 123 4567\nVet: Tierarztpraxis Lindenhof, 0561 32 96 21\nAgent: Immobiliare Portici, 02 8736 4410\nContact: Mulcair Valley Vets, 061 339 4410\n",
   "Supplier: Northwind Traders, orders@northwind.com\nCompany: Acme Widgets, 0800 123 4567\nVet: Tierarztpraxis Lindenhof, [PHONE]\nAgent: Immobiliare Portici, [PHONE]\nContact: Mulcair Valley Vets, [PHONE]\n"},
  /* a label and two firms joined by ' & ' stay visible (stop 56) */
  {"Suppliers: Marks & Spencer\nCompany: Northwind Traders & Sons\n",
   "Suppliers: Marks & Spencer\nCompany: Northwind Traders & Sons\n"},
  /* a label, one event and its date in parentheses, and events with words
   * in their parentheses, stay visible (stop 56) */
  {"Event: Jazz Night (12.03.2026)\nShows: Flower Show (spring 2026); Harvest Fair (autumn)\n",
   "Event: Jazz Night (12.03.2026)\nShows: Flower Show (spring 2026); Harvest Fair (autumn)\n"},
  /* a record's two-cell row naming a plan, a system as the checker, or a
   * name under a thing's label, stays visible (stop 56) */
  {"| Plan | \xe3\x83\x95\xe3\x82\xa1\xe3\x83\x9f\xe3\x83\xaa\xe3\x83\xbc 4\xe5\x9b\x9e\xe7\xb7\x9a |\n| Checked by | system |\n| Handset | \xe7\x9c\x9f\xe5\xa3\x81 \xe7\xb5\x90\xe8\x8f\x9c |\n",
   "| Plan | \xe3\x83\x95\xe3\x82\xa1\xe3\x83\x9f\xe3\x83\xaa\xe3\x83\xbc 4\xe5\x9b\x9e\xe7\xb7\x9a |\n| Checked by | system |\n| Handset | \xe7\x9c\x9f\xe5\xa3\x81 \xe7\xb5\x90\xe8\x8f\x9c |\n"},
  /* a speech bubble before a note's or a status's word stays visible
   * (stop 56) */
  {"\xf0\x9f\x92\xac Note: the dog was found\n\xf0\x9f\x92\xac Update: still missing\n",
   "\xf0\x9f\x92\xac Note: the dog was found\n\xf0\x9f\x92\xac Update: still missing\n"},
  /* a call to a firm's freephone, a form's sample person before a number,
   * a French hospital in capitals stay visible (stop 56) */
  {"We called Acme Widgets on 0800 123 4567\nContact: Max Mustermann, 0151 23456789\nCHU Pellegrin called at 09:00\n",
   "We called Acme Widgets on 0800 123 4567\nContact: Max Mustermann, [PHONE]\nCHU Pellegrin called at 09:00\n"},
  /* a team under 'Owner team', a pet under its own column, a product in a
   * second table after a rule stay visible (stop 57) */
  {"| Service | Owner team | Port |\n|---|---|---|\n| pdf-renderer | Growth Platform | 8080 |\n\npet_name,species\nBiscuit Crumble,dog\n\nFull name,Role\nDorcas Thimbleby,Chair\n---\nProduct,Qty\nTokyo Tower,2\n",
   "| Service | Owner team | Port |\n|---|---|---|\n| pdf-renderer | Growth Platform | 8080 |\n\npet_name,species\nBiscuit Crumble,dog\n\nFull name,Role\n[NAME],Chair\n---\nProduct,Qty\nTokyo Tower,2\n"},
  /* a host column of machines stays visible (stop 57) */
  {"host,port,owner_team\nWeb Frontend,443,Growth\n",
   "host,port,owner_team\nWeb Frontend,443,Growth\n"},
  /* a builder's, an estate agent's and an airline's desks' mailboxes and
   * a sandbox's test tenant or passenger stay visible (stop 57) */
  {"Quotes to estimating@ridgeplumb-builders.com, site safety hs@grindhoven-bouw.nl, offers valuations@brackenfold.co.uk\nQuestions to station@skerryline.com; crew control crewcontrol@skerryline.com; APIS apis@skerryline.com\nTest accounts: tenant97@example.com, test.passenger@example.com\n",
   "Quotes to estimating@ridgeplumb-builders.com, site safety hs@grindhoven-bouw.nl, offers valuations@brackenfold.co.uk\nQuestions to station@skerryline.com; crew control crewcontrol@skerryline.com; APIS apis@skerryline.com\nTest accounts: tenant97@example.com, test.passenger@example.com\n"},
  /* a training booking's TEST/PASSENGER and TEST/INFANT with a masked
   * document number and a sample birth date, an airport's handling agents
   * after RM CONTACT, and the radio alphabet stay visible (stop 57) */
  {"Training PNR (not a real booking) AHLMJ9\n  1.TEST/PASSENGER MR  2.TEST/INFANT MSTR\n  6 SSR DOCS KV HK1 P/GRC/XXXXXXXXX/GRC/01JAN00/M/02SEP32/TEST/PASSENGER\n  8 RM CONTACT Aerovane Airport Services, ID Pass Office\n  8 RM CONTACT Cirrolux Cargo, Building 587\n- Oscar Mike on the ramp channel means the marshaller is on the way\nReg Zulu Seven Bravo Lima parks on the remote apron\n",
   "Training PNR (not a real booking) AHLMJ9\n  1.TEST/PASSENGER MR  2.TEST/INFANT MSTR\n  6 SSR DOCS KV HK1 P/GRC/XXXXXXXXX/GRC/01JAN00/M/02SEP32/TEST/PASSENGER\n  8 RM CONTACT Aerovane Airport Services, ID Pass Office\n  8 RM CONTACT Cirrolux Cargo, Building 587\n- Oscar Mike on the ramp channel means the marshaller is on the way\nReg Zulu Seven Bravo Lima parks on the remote apron\n"},
  /* a street named in a sentence without its ward or district stays
   * visible (stop 57) */
  {"Qu\xc3\xa1n ph\xe1\xbb\x9f \xe1\xbb\x9f s\xe1\xbb\x91 5 \xc4\x91\xc6\xb0\xe1\xbb\x9dng Tr\xe1\xba\xa7n Ph\xc3\xba r\xe1\xba\xa5t ngon, \xc4\x91\xc6\xb0\xe1\xbb\x9dng 3/2 \xc4\x91" "ang s\xe1\xbb\xad" "a.\n",
   "Qu\xc3\xa1n ph\xe1\xbb\x9f \xe1\xbb\x9f s\xe1\xbb\x91 5 \xc4\x91\xc6\xb0\xe1\xbb\x9dng Tr\xe1\xba\xa7n Ph\xc3\xba r\xe1\xba\xa5t ngon, \xc4\x91\xc6\xb0\xe1\xbb\x9dng 3/2 \xc4\x91" "ang s\xe1\xbb\xad" "a.\n"},
  /* a shipper that is a firm stays visible (stop 57) */
  {"Shipper: Nordlys Furniture, Havnegata 4\nConsignee: Acme Imports Ltd\n",
   "Shipper: Nordlys Furniture, Havnegata 4\nConsignee: Acme Imports Ltd\n"},
  /* a config's note, a form's field before its sample mailbox, 'with'
   * before a thing stay visible (stop 57) */
  {"# Note: this is fine\n# TODO: rotate the key\n\xec\x9d\xb4\xeb\xa9\x94\xec\x9d\xbc (\xec\x98\x88: name@example.kr)\nI went with \xe6\x9d\xb1\xe4\xba\xac\xe3\x82\xbf\xe3\x83\xaf\xe3\x83\xbc on 3 May\nNM LHR/JFK\n",
   "# Note: this is fine\n# TODO: rotate the key\n\xec\x9d\xb4\xeb\xa9\x94\xec\x9d\xbc (\xec\x98\x88: name@example.kr)\nI went with \xe6\x9d\xb1\xe4\xba\xac\xe3\x82\xbf\xe3\x83\xaf\xe3\x83\xbc on 3 May\nNM LHR/JFK\n"},
  /* a product's cell with its code under a product column stays visible
   * (stop 57) */
  {"| Product | Code |\n|---|---|\n| Gripfast Anchors 5500123 | A-7 |\n",
   "| Product | Code |\n|---|---|\n| Gripfast Anchors 5500123 | A-7 |\n"},
  /* a city after 'you knew' stays visible (stop 57) */
  {"You knew Paris as a city of light.\n",
   "You knew Paris as a city of light.\n"},
  /* a chat's clock before its speaker's label, and an agent's or owner's
   * number stay what they are (stop 57) */
  {"[11:19] \xea\xb3\xa0\xea\xb0\x9d: \xec\x95\x88\xeb\x85\x95\xed\x95\x98\xec\x84\xb8\xec\x9a\x94\nagent 42 took the call; owner team Growth\n",
   "[11:19] \xea\xb3\xa0\xea\xb0\x9d: \xec\x95\x88\xeb\x85\x95\xed\x95\x98\xec\x84\xb8\xec\x9a\x94\nagent 42 took the call; owner team Growth\n"},
  /* Vietnamese firms, hotels, insurers and groups after their words, and
   * English firms named works or fulfilment, stay visible (stop 57) */
  {"BANQUET EVENT ORDER BEO-2026-342 \xe2\x80\x94 Kh\xc3\xa1" "ch s\xe1\xba\xa1n S\xc3\xb3ng Ng\xe1\xbb\x8d" "c\n- C\xc3\xb4ng ty b\xe1\xba\xa3o hi\xe1\xbb\x83m: B\xe1\xba\xa3o hi\xe1\xbb\x83m S\xc3\xb4ng Lam\n# campaign tools \xe2\x80\x94 Nh\xc3\xb3m C\xc3\xb4ng d\xc3\xa2n Nam \xc4\x90\xe1\xbb\x8bnh\nInduction \xe2\x80\x94 C\xc3\xb4ng ty TNHH C\xc6\xa1 kh\xc3\xad T\xc3\xa2n \xc4\x90\xc3\xb4ng Hi\xe1\xbb\x87p\nv\xc4\x83n ph\xc3\xb2ng b\xc3\xaan Nh\xc3\xa0 \xc4\x90\xe1\xba\xa5t Sen V\xc3\xa0ng, v\xe1\xbb\x81 bu\xe1\xbb\x95i b\xc3\xa0n giao\nOEE week 42 \xe2\x80\x94 Tri-River Stamping Works (anonymised)\nSwitchyard Dock Fulfillment\n",
   "BANQUET EVENT ORDER BEO-2026-342 \xe2\x80\x94 Kh\xc3\xa1" "ch s\xe1\xba\xa1n S\xc3\xb3ng Ng\xe1\xbb\x8d" "c\n- C\xc3\xb4ng ty b\xe1\xba\xa3o hi\xe1\xbb\x83m: B\xe1\xba\xa3o hi\xe1\xbb\x83m S\xc3\xb4ng Lam\n# campaign tools \xe2\x80\x94 Nh\xc3\xb3m C\xc3\xb4ng d\xc3\xa2n Nam \xc4\x90\xe1\xbb\x8bnh\nInduction \xe2\x80\x94 C\xc3\xb4ng ty TNHH C\xc6\xa1 kh\xc3\xad T\xc3\xa2n \xc4\x90\xc3\xb4ng Hi\xe1\xbb\x87p\nv\xc4\x83n ph\xc3\xb2ng b\xc3\xaan Nh\xc3\xa0 \xc4\x90\xe1\xba\xa5t Sen V\xc3\xa0ng, v\xe1\xbb\x81 bu\xe1\xbb\x95i b\xc3\xa0n giao\nOEE week 42 \xe2\x80\x94 Tri-River Stamping Works (anonymised)\nSwitchyard Dock Fulfillment\n"},
  /* a firm's legal form 'AG' in a sentence stays visible (stop 57) */
  {"Siemens AG Munich\nAG meeting notes follow\n",
   "Siemens AG Munich\nAG meeting notes follow\n"},
  /* a score's '+1' column holds no names (stop 57) */
  {"Team | Played | +1\nGrowth Platform | 12 | 3\n",
   "Team | Played | +1\nGrowth Platform | 12 | 3\n"},
  /* a list's item before an item that is no birth date stays visible
   * (stop 57) */
  {"Agenda:\n- Growth Platform\n- Date of launch: 08/05/2026\n",
   "Agenda:\n- Growth Platform\n- Date of launch: 08/05/2026\n"},
  /* a compiler's 'cc' and a mail's 'cc:' line of Latin words stay visible
   * (stop 57) */
  {"gcc -o cc main.c\ncc: all staff\n",
   "gcc -o cc main.c\ncc: all staff\n"},
  /* a team after 'by' and a word that is no role stays visible (stop 57) */
  {"reviewed by legal \xe4\xb8\x9c\xe6\x96\xb9 team\nwritten by the team on 2026-01-01\n",
   "reviewed by legal \xe4\xb8\x9c\xe6\x96\xb9 team\nwritten by the team on 2026-01-01\n"},
  /* a school's and a council's desks' mailboxes, a sandbox's sample
   * parent (stop 58) */
  {"Send it to exams@lyceum-north.org.uk or senco@lyceum-north.org.uk; fines go to parking@harbourside.gov.uk, bins to streetscene@harbourside.gov.uk\nTest resident: jane.resident@example.com, parent login: parent.test44@example.com\n",
   "Send it to exams@lyceum-north.org.uk or senco@lyceum-north.org.uk; fines go to parking@harbourside.gov.uk, bins to streetscene@harbourside.gov.uk\nTest resident: jane.resident@example.com, parent login: parent.test44@example.com\n"},
  /* a desk's number before ' or e-mail' and its mailbox (stop 58) */
  {"Late arrivals: call 02 712 4410 or e-mail exams@sunthornphu-pittaya.ac.th\n",
   "Late arrivals: call 02 712 4410 or e-mail exams@sunthornphu-pittaya.ac.th\n"},
  /* a one-letter cell under another column, a form's title line above a
   * birth date (stop 58) */
  {"code,grade\n\xe7\x94\xb2,A\n\nStaff Verification Form\nDate of birth: see the passport\n",
   "code,grade\n\xe7\x94\xb2,A\n\nStaff Verification Form\nDate of birth: see the passport\n"},
  /* a date after a name under a label that names no person's role stays
   * visible (stop 58) */
  {"Visit: Gerolf Brandt, 24-09-2026, kitchen\n",
   "Visit: [NAME], 24-09-2026, kitchen\n"},
  /* an office after a role's word is no one (stop 58) */
  {"The officer \xe8\xad\xa6\xe5\xaf\x9f\xe7\xbd\xb2 called.\nAsk the director \xe7\xb7\x8f\xe5\x8b\x99\xe9\x83\xa8 about it.\nsocial worker \xe6\x9c\x8d\xe5\x8a\xa1\xe4\xb8\xad\xe5\xbf\x83 called\n",
   "The officer \xe8\xad\xa6\xe5\xaf\x9f\xe7\xbd\xb2 called.\nAsk the director \xe7\xb7\x8f\xe5\x8b\x99\xe9\x83\xa8 about it.\nsocial worker \xe6\x9c\x8d\xe5\x8a\xa1\xe4\xb8\xad\xe5\xbf\x83 called\n"},
  /* a team's name before a desk's mailbox under a label that is no
   * staff's (stop 58) */
  {"Team: Revenues Recovery revenues@harrowgatevale.gov.uk\n",
   "Team: Revenues Recovery revenues@harrowgatevale.gov.uk\n"},
  /* a word after 'by' that is a month, a name-as-word or a firm stays
   * visible (stop 58) */
  {"The fix was made by Will.\nPayment due by May, then.\nCovered by Medicare, no cost.\nFunded by Santa Cruz; v7.19.36\n",
   "The fix was made by Will.\nPayment due by May, then.\nCovered by Medicare, no cost.\nFunded by Santa Cruz; v7.19.36\n"},
  /* a council's contractors, a Swedish school's compound, Vietnamese
   * schools and cultural houses are no one (stop 58) */
  {"Contractor: Brightmere Property Care, job BPC-92986.\nApplicant: via agent Northgate Drawing Co.\nAttendance summary, week 27 \xe2\x80\x94 Selma Lagerl\xc3\xb6" "fskolan\nMIS sync (Tr\xc6\xb0\xe1\xbb\x9dng THCS Nguy\xe1\xbb\x85n Du)\nparked next to the Nh\xc3\xa0 v\xc4\x83n h\xc3\xb3" "a L\xc3\xaa L\xe1\xbb\xa3i with a valid permit\n",
   "Contractor: Brightmere Property Care, job BPC-92986.\nApplicant: via agent Northgate Drawing Co.\nAttendance summary, week 27 \xe2\x80\x94 Selma Lagerl\xc3\xb6" "fskolan\nMIS sync (Tr\xc6\xb0\xe1\xbb\x9dng THCS Nguy\xe1\xbb\x85n Du)\nparked next to the Nh\xc3\xa0 v\xc4\x83n h\xc3\xb3" "a L\xc3\xaa L\xe1\xbb\xa3i with a valid permit\n"},
  /* a scientist's law, a given name's possessive before it, is no one
   * (stop 58) */
  {"P5,13:50-14:50,10R2,Physics (Newton's laws),JTN\nRevise Pascal\xe2\x80\x99s triangle and Bernoulli's principle.\n",
   "P5,13:50-14:50,10R2,Physics (Newton's laws),JTN\nRevise Pascal\xe2\x80\x99s triangle and Bernoulli's principle.\n"},
  /* a newsletter's desk number before ' / ' and a desk's mailbox (stop
   * 58) */
  {"Fragen: 0761 201 7450 / reception@droste-gym.de.\n",
   "Fragen: 0761 201 7450 / reception@droste-gym.de.\n"},
  /* a citation's author after 'by' before a year in parentheses stays
   * visible (stop 58) */
  {"as shown by Smith (2019), and by Keller (2020)\n",
   "as shown by Smith (2019), and by Keller (2020)\n"},
  /* a desk's name after 'received from' stays visible (stop 58) */
  {"Complaint received from \xd9\x85\xd9\x83\xd8\xaa\xd8\xa8 \xd8\xa7\xd9\x84\xd8\xae\xd8\xaf\xd9\x85\xd8\xa9 <office@example.org>\n",
   "Complaint received from \xd9\x85\xd9\x83\xd8\xaa\xd8\xa8 \xd8\xa7\xd9\x84\xd8\xae\xd8\xaf\xd9\x85\xd8\xa9 <office@example.org>\n"},
  /* an ordinary word of a confirmed name is not remembered (stop 58) */
  {"# owner: Grace Tunnicliffe <grace.t@quillwave-mobile.com>\nGrace period ends Friday.\n",
   "# owner: [NAME] <[EMAIL]>\nGrace period ends Friday.\n"},
  /* five digits and a Greek word without a street before them stay
   * visible (stop 58) */
  {"\xce\xa4\xce\xb7\xce\xbb. 12345 \xce\x91\xce\xb8\xce\xae\xce\xbd\xce\xb1, \xce\xba\xcf\x89\xce\xb4\xce\xb9\xce\xba\xcf\x8c\xcf\x82 45221 \xce\xa0\xce\xac\xcf\x84\xcf\x81\xce\xb1\n",
   "\xce\xa4\xce\xb7\xce\xbb. 12345 \xce\x91\xce\xb8\xce\xae\xce\xbd\xce\xb1, \xce\xba\xcf\x89\xce\xb4\xce\xb9\xce\xba\xcf\x8c\xcf\x82 45221 \xce\xa0\xce\xac\xcf\x84\xcf\x81\xce\xb1\n"},
  /* Spanish trades, a Turkish travel firm and a mosque's association are
   * no one (stop 58) */
  {"Proveedor: Ventura Limpiezas, factura 2026-118\nRezervasyon: Mavi Tur, Antalya\nDernek: Sinan Camii Yapt\xc4\xb1rma ve Ya\xc5\x9f" "atma Derne\xc4\x9fi\n",
   "Proveedor: Ventura Limpiezas, factura 2026-118\nRezervasyon: Mavi Tur, Antalya\nDernek: Sinan Camii Yapt\xc4\xb1rma ve Ya\xc5\x9f" "atma Derne\xc4\x9fi\n"},
  /* a numbered label with a note whose words are no person's label stays
   * as it is (stop 58) */
  {"\xe0\xa4\x95\xe0\xa4\x95\xe0\xa5\x8d\xe0\xa4\xb7\xe0\xa4\xbe 2 (\xe0\xa4\x85): \xe0\xa4\x97\xe0\xa4\xa3\xe0\xa4\xbf\xe0\xa4\xa4 \xe0\xa4\xaa\xe0\xa4\xb0\xe0\xa5\x80\xe0\xa4\x95\xe0\xa5\x8d\xe0\xa4\xb7\xe0\xa4\xbe\n",
   "\xe0\xa4\x95\xe0\xa4\x95\xe0\xa5\x8d\xe0\xa4\xb7\xe0\xa4\xbe 2 (\xe0\xa4\x85): \xe0\xa4\x97\xe0\xa4\xa3\xe0\xa4\xbf\xe0\xa4\xa4 \xe0\xa4\xaa\xe0\xa4\xb0\xe0\xa5\x80\xe0\xa4\x95\xe0\xa5\x8d\xe0\xa4\xb7\xe0\xa4\xbe\n"},
  /* a business partner's firm before ' at ' and a number stays visible
   * (stop 58) */
  {"Our partner Acme Logistics at 12:00 today, then partner Quill Press at 3 pm.\n",
   "Our partner Acme Logistics at 12:00 today, then partner Quill Press at 3 pm.\n"},
  /* one word of such a script after 'by' and before other words stays
   * visible (stop 58) */
  {"Sent by \xe0\xa4\x88\xe0\xa4\xae\xe0\xa5\x87\xe0\xa4\xb2 yesterday\nPaid by \xd8\xaa\xd8\xad\xd9\x88\xd9\x8a\xd9\x84 today\n",
   "Sent by \xe0\xa4\x88\xe0\xa4\xae\xe0\xa5\x87\xe0\xa4\xb2 yesterday\nPaid by \xd8\xaa\xd8\xad\xd9\x88\xd9\x8a\xd9\x84 today\n"},
  /* a word of such a script after a lower-case 'miss' stays visible (stop
   * 58) */
  {"I miss \xd7\x90\xd7\x9e\xd7\x90 so much\n",
   "I miss \xd7\x90\xd7\x9e\xd7\x90 so much\n"},
  /* a direct debit mandate's creditor's address is the firm's (stop 58) */
  {"Acreedor:                   Academia de Idiomas Babel, Calle Col\xc3\xb3n 18, 46004 Valencia\nCr\xc3\xa9" "ancier:                  Cr\xc3\xa8" "che Les Petits Loups, 4 place Kl\xc3\xa9" "ber, 67000 Strasbourg\n",
   "Acreedor:                   Academia de Idiomas Babel, Calle Col\xc3\xb3n 18, 46004 Valencia\nCr\xc3\xa9" "ancier:                  Cr\xc3\xa8" "che Les Petits Loups, 4 place Kl\xc3\xa9" "ber, 67000 Strasbourg\n"},
  /* a Vietnamese ward named after someone whose name was said (stop 59) */
  {"B\xc3\xa9 V\xc3\xb5 T\xc6\xb0\xe1\xbb\x9dng Vy, nh\xc3\xa0 ri\xc3\xaang: S\xe1\xbb\x91 4, ph\xc6\xb0\xe1\xbb\x9dng V\xc3\xb5 Th\xe1\xbb\x8b S\xc3\xa1u, qu\xe1\xba\xadn 3. B\xe1\xbb\x91 m\xe1\xba\xb9 b\xc3\xa9: V\xc3\xb5 Gia Huy\n",
   "B\xc3\xa9 [NAME], nh\xc3\xa0 ri\xc3\xaang: S\xe1\xbb\x91 4, ph\xc6\xb0\xe1\xbb\x9dng V\xc3\xb5 Th\xe1\xbb\x8b S\xc3\xa1u, qu\xe1\xba\xadn 3. B\xe1\xbb\x91 m\xe1\xba\xb9 b\xc3\xa9: [NAME]\n"},
  /* a list's heading in a script without capitals, above its items, is no
   * one (stop 59) */
  {"\xe0\xa8\xb2\xe0\xa9\xb0\xe0\xa8\x97\xe0\xa8\xb0 \xe0\xa8\xb8\xe0\xa9\x87\xe0\xa8\xb5\xe0\xa8\xbe \xe0\xa8\xb8\xe0\xa9\x82\xe0\xa8\x9a\xe0\xa9\x80 \xe2\x80\x94 \xe0\xa8\x97\xe0\xa9\x81\xe0\xa8\xb0\xe0\xa8\xaa\xe0\xa9\x81\xe0\xa8\xb0\xe0\xa8\xac\n\xe0\xa8\xac\xe0\xa8\xb2\xe0\xa8\xb5\xe0\xa8\xbf\xe0\xa9\xb0\xe0\xa8\xa6\xe0\xa8\xb0 \xe0\xa8\xb8\xe0\xa8\xbf\xe0\xa9\xb0\xe0\xa8\x98 \xe0\xa8\xa7\xe0\xa8\xbe\xe0\xa8\xb2\xe0\xa9\x80\xe0\xa8\xb5\xe0\xa8\xbe\xe0\xa8\xb2 \xe2\x80\x94 \xe2\x80\x94\n\xe0\xa8\x95\xe0\xa8\xbf\xe0\xa8\xb0\xe0\xa8\xa8\xe0\xa8\xa6\xe0\xa9\x80\xe0\xa8\xaa \xe0\xa8\x95\xe0\xa9\x8c\xe0\xa8\xb0 \xe0\xa8\xac\xe0\xa8\xb0\xe0\xa8\xbe\xe0\xa9\x9c \xe2\x80\x94 099730 86389\n\xe0\xa8\xb2\xe0\xa9\xb0\xe0\xa8\x97\xe0\xa8\xb0 \xe0\xa8\xb2\xe0\xa8\x88 \xe0\xa8\xa7\xe0\xa9\xb0\xe0\xa8\xa8\xe0\xa8\xb5\xe0\xa8\xbe\xe0\xa8\xa6\n",
   "\xe0\xa8\xb2\xe0\xa9\xb0\xe0\xa8\x97\xe0\xa8\xb0 \xe0\xa8\xb8\xe0\xa9\x87\xe0\xa8\xb5\xe0\xa8\xbe \xe0\xa8\xb8\xe0\xa9\x82\xe0\xa8\x9a\xe0\xa9\x80 \xe2\x80\x94 \xe0\xa8\x97\xe0\xa9\x81\xe0\xa8\xb0\xe0\xa8\xaa\xe0\xa9\x81\xe0\xa8\xb0\xe0\xa8\xac\n[NAME] \xe2\x80\x94 \xe2\x80\x94\n[NAME] \xe2\x80\x94 [PHONE]\n\xe0\xa8\xb2\xe0\xa9\xb0\xe0\xa8\x97\xe0\xa8\xb0 \xe0\xa8\xb2\xe0\xa8\x88 \xe0\xa8\xa7\xe0\xa9\xb0\xe0\xa8\xa8\xe0\xa8\xb5\xe0\xa8\xbe\xe0\xa8\xa6\n"},
  /* a utility's desks and a sandbox's sample client (stop 59) */
  {"Added by Rados\xc5\x82" "awa \xc5\xbbmuda (PSR team, psr@wodociagi-dunajec.pl)\nCustomers can call 900 100 216 or write to outages@aguasdelambroz.es.\nQuestions: metering@swerlenbruch-netz.de. Engineer: fieldops@deya-kampou.gr\ncustomer jane.client@example.com\nHome: radoslawa.zmuda@wp.pl\n",
   "Added by [NAME] (PSR team, psr@wodociagi-dunajec.pl)\nCustomers can call 900 100 216 or write to outages@aguasdelambroz.es.\nQuestions: metering@swerlenbruch-netz.de. Engineer: fieldops@deya-kampou.gr\ncustomer jane.client@example.com\nHome: [EMAIL]\n"},
  /* a comment's home that is no one's (stop 59) */
  {"# Office home\nALLOW=10.0.0.1  # Test home\nGo home at 5\n",
   "# Office home\nALLOW=[IP]  # Test home\nGo home at 5\n"},
  /* a heading's colon after by and ordinary words (stop 59) */
  {"Sorted by Date Created:\nPowered by Apache Kafka:\n",
   "Sorted by Date Created:\nPowered by Apache Kafka:\n"},
  /* a record's label cell and a firm's cell before a phone are no one
   * (stop 59) */
  {"| Cep Telefonu | 0532 381 05 61 |\n| Ediciones P\xc3\xa1jaro Azul | Madrid | 2024 | +34 912 345 678 |\n",
   "| Cep Telefonu | [PHONE] |\n| Ediciones P\xc3\xa1jaro Azul | Madrid | 2024 | [PHONE] |\n"},
  /* a desk's line with a middle dot under a sign-off is no one (stop 59) */
  {"Yours sincerely\nCustomer Relations \xc2\xb7 complaints@pwa-banphai.co.th\n",
   "Yours sincerely\nCustomer Relations \xc2\xb7 complaints@pwa-banphai.co.th\n"},
  /* salons and studios named after their owners, substations named after
   * people (stop 59) */
  {"Booked at Gisela Kosmetik, Berlin\nFault on Jefferson Substation feeder F14\nGenerator near Gustav Vasa-stationen today\n",
   "Booked at Gisela Kosmetik, Berlin\nFault on Jefferson Substation feeder F14\nGenerator near Gustav Vasa-stationen today\n"},
  /* a business's own line: its office after a middle dot, our number, a
   * desk's number before , mail and its mailbox (stop 59) */
  {"Kit: Hollywood wax set, 9N \xc2\xb7 office (19) 3251-4470\nReply should mention our number 022-215-4470 and www.horisumi.jp.\nCall 03 85 94 12 60, mail reception@hercule-fitness.fr\n",
   "Kit: Hollywood wax set, 9N \xc2\xb7 office (19) 3251-4470\nReply should mention our number 022-215-4470 and www.horisumi.jp.\nCall 03 85 94 12 60, mail reception@hercule-fitness.fr\n"},
  /* a system after such a label is no one (stop 59) */
  {"Raised by: Ticket System\nCreated by: Automated Import\n",
   "Raised by: Ticket System\nCreated by: Automated Import\n"},
  /* a desk in parentheses before its phone is no one (stop 59) */
  {"Site office (Reception Desk, 689 35 35 31)\n",
   "Site office (Reception Desk, [PHONE])\n"},
  /* a Greek sum after a year is no address (stop 59) */
  {"\xce\x88\xcf\x84\xce\xbf\xcf\x82 2024, \xce\xa3\xcf\x8d\xce\xbd\xce\xbf\xce\xbb\xce\xbf 43100\n",
   "\xce\x88\xcf\x84\xce\xbf\xcf\x82 2024, \xce\xa3\xcf\x8d\xce\xbd\xce\xbf\xce\xbb\xce\xbf 43100\n"},
  /* a tool's maker after by and its team in parentheses is no one (stop
   * 59) */
  {"Powered by Apache Kafka (ASF)\n",
   "Powered by Apache Kafka (ASF)\n"},
  /* a team's, a desk's or more thanks below a sign-off is no one (stop
   * 60) */
  {"Thanks,\n\xd8\xb4\xd9\x83\xd8\xb1\xd8\xa7 \xd8\xac\xd8\xb2\xd9\x8a\xd9\x84\xd8\xa7\n\nBest regards,\n\xd9\x81\xd8\xb1\xd9\x8a\xd9\x82 \xd8\xa7\xd9\x84\xd8\xaf\xd8\xb9\xd9\x85\n\nRegards,\n\xd7\xa9\xd7\x99\xd7\xa8\xd7\x95\xd7\xaa \xd7\x9c\xd7\xa7\xd7\x95\xd7\x97\xd7\x95\xd7\xaa\n\n--\n\xe0\xa4\x97\xe0\xa5\x8d\xe0\xa4\xb0\xe0\xa4\xbe\xe0\xa4\xb9\xe0\xa4\x95 \xe0\xa4\xb8\xe0\xa5\x87\xe0\xa4\xb5\xe0\xa4\xbe\n\nThanks!\n\xe0\xb8\x82\xe0\xb8\xad\xe0\xb8\x9a\xe0\xb8\x84\xe0\xb8\xb8\xe0\xb8\x93\xe0\xb8\xa1\xe0\xb8\xb2\xe0\xb8\x81 \xe0\xb8\x84\xe0\xb8\xa3\xe0\xb8\xb1\xe0\xb8\x9a\n",
   "Thanks,\n\xd8\xb4\xd9\x83\xd8\xb1\xd8\xa7 \xd8\xac\xd8\xb2\xd9\x8a\xd9\x84\xd8\xa7\n\nBest regards,\n\xd9\x81\xd8\xb1\xd9\x8a\xd9\x82 \xd8\xa7\xd9\x84\xd8\xaf\xd8\xb9\xd9\x85\n\nRegards,\n\xd7\xa9\xd7\x99\xd7\xa8\xd7\x95\xd7\xaa \xd7\x9c\xd7\xa7\xd7\x95\xd7\x97\xd7\x95\xd7\xaa\n\n--\n\xe0\xa4\x97\xe0\xa5\x8d\xe0\xa4\xb0\xe0\xa4\xbe\xe0\xa4\xb9\xe0\xa4\x95 \xe0\xa4\xb8\xe0\xa5\x87\xe0\xa4\xb5\xe0\xa4\xbe\n\nThanks!\n\xe0\xb8\x82\xe0\xb8\xad\xe0\xb8\x9a\xe0\xb8\x84\xe0\xb8\xb8\xe0\xb8\x93\xe0\xb8\xa1\xe0\xb8\xb2\xe0\xb8\x81 \xe0\xb8\x84\xe0\xb8\xa3\xe0\xb8\xb1\xe0\xb8\x9a\n"},
  /* a note's desk, build or source in parentheses is no one (stop 60) */
  {"Note (Billing) \xc2\xb7 sent\nRelease notes (New Build): fixes\nnotes (from the integration guide): set the key\nUpdate (Customer Services): closed\n",
   "Note (Billing) \xc2\xb7 sent\nRelease notes (New Build): fixes\nnotes (from the integration guide): set the key\nUpdate (Customer Services): closed\n"},
  /* a word of such a script after by before on and a number that is no
   * date is no one (stop 60) */
  {"Powered by \xe0\xb9\x84\xe0\xb8\x97\xe0\xb8\xa2 on 3 servers\nPowered by \xe0\xb9\x84\xe0\xb8\x97\xe0\xb8\xa2 on 3.5 GHz\n",
   "Powered by \xe0\xb9\x84\xe0\xb8\x97\xe0\xb8\xa2 on 3 servers\nPowered by \xe0\xb9\x84\xe0\xb8\x97\xe0\xb8\xa2 on 3.5 GHz\n"},
  /* a present, a desk or a line with no buyer above it is no recipient
   * (stop 60) */
  {"Bought by: Ana Lima, ana@example.org\nFor: \xe7\x94\x9f\xe6\x97\xa5\xe7\xa4\xbc\xe7\x89\xa9\n\nSent by: courier\nFor: Customer Services\n\nFor: Cosmo Braithwaite Wines\n",
   "Bought by: [NAME], [EMAIL]\nFor: \xe7\x94\x9f\xe6\x97\xa5\xe7\xa4\xbc\xe7\x89\xa9\n\nSent by: courier\nFor: Customer Services\n\nFor: Cosmo Braithwaite Wines\n"},
  /* a police station or a desk after member of the public is no one (stop
   * 60) */
  {"A member of the public \xd9\x85\xd8\xb1\xd9\x83\xd8\xb2 \xd8\xa7\xd9\x84\xd8\xb4\xd8\xb1\xd8\xb7\xd8\xa9 (999) called.\nMember of the public \xe5\xae\xa2\xe6\x9c\x8d\xe9\x83\xa8 (2) replied.\n",
   "A member of the public \xd9\x85\xd8\xb1\xd9\x83\xd8\xb2 \xd8\xa7\xd9\x84\xd8\xb4\xd8\xb1\xd8\xb7\xd8\xa9 (999) called.\nMember of the public \xe5\xae\xa2\xe6\x9c\x8d\xe9\x83\xa8 (2) replied.\n"},
  /* an officer's desk, a worker's number and a renter's firm are no one
   * (stop 60) */
  {"Summoning officer: Jury Central Summoning Bureau\nWorker: W-20417\nOfficer: CEO374\nRenter: Fernhill Hire Ltd\n",
   "Summoning officer: Jury Central Summoning Bureau\nWorker: W-20417\nOfficer: CEO374\nRenter: Fernhill Hire Ltd\n"},
  /* a timetable's events and desks after the clock are no one (stop 60) */
  {"09:00 Team Briefing (room 4)\n10:00 Support Desk (0800 123 4567)\n11:30 Site Visit (Unit 7)\n",
   "09:00 Team Briefing (room 4)\n10:00 Support Desk (0800 123 4567)\n11:30 Site Visit (Unit 7)\n"},
  /* a firm's or a hotel's name over its own address is no one (stop 60) */
  {"\xd9\x85\xd9\x83\xd8\xaa\xd8\xa8 \xd8\xa7\xd9\x84\xd8\xae\xd8\xaf\xd9\x85\xd8\xa9\n110 \xd8\xb4\xd8\xa7\xd8\xb1\xd8\xb9 \xd8\xa7\xd9\x84\xd8\xb5\xd8\xa8\xd8\xa7\xd8\xba\xd9\x8a\xd9\x86\xd8\x8c \xd8\xa7\xd9\x84\xd8\xb4\xd8\xa4\xd9\x88\xd9\x86\xd8\x8c \xd9\x82\xd9\x86\xd8\xa7\n\n\xed\x98\xb8\xed\x85\x94 \xec\x86\x94\xec\x88\xb2\n\xec\x84\x9c\xec\x9a\xb8\xed\x8a\xb9\xeb\xb3\x84\xec\x8b\x9c \xea\xb0\x95\xeb\x82\xa8\xea\xb5\xac \xed\x85\x8c\xed\x97\xa4\xeb\x9e\x80\xeb\xa1\x9c 18, 101\xeb\x8f\x99 532\xed\x98\xb8 (06142)\n",
   "\xd9\x85\xd9\x83\xd8\xaa\xd8\xa8 \xd8\xa7\xd9\x84\xd8\xae\xd8\xaf\xd9\x85\xd8\xa9\n[ADDRESS]\n\n\xed\x98\xb8\xed\x85\x94 \xec\x86\x94\xec\x88\xb2\n[ADDRESS]\n"},
  /* a tool's maker, a desk and a car after such words are no one (stop
   * 60) */
  {"Powered by Apache Kafka \xc2\xb7 questions to users@kafka.apache.org\nForwarded by Customer Services to refunds@fernhill-hire.co.uk\nThe driver Mercedes Sprinter, +44 7844 665193\nWitness Statement (+33 7 62 01 64 16)\n",
   "Powered by Apache Kafka \xc2\xb7 questions to [EMAIL]\nForwarded by Customer Services to refunds@fernhill-hire.co.uk\nThe driver Mercedes Sprinter, [PHONE]\nWitness Statement ([PHONE])\n"},
  /* a car park's operator after operated by, in a script without
   * capitals, is no one (stop 60) */
  {"NOTICE \xe2\x80\x94 Millrace Deck car park, operated by \xd8\xb4\xd8\xb1\xd9\x83\xd8\xa9 \xd8\xa7\xd9\x84\xd9\x86\xd9\x8a\xd9\x84 \xd8\xa7\xd9\x84\xd8\xa3\xd8\xb2\xd8\xb1\xd9\x82 \xd9\x84\xd8\xaa\xd8\xa3\xd8\xac\xd9\x8a\xd8\xb1 \xd8\xa7\xd9\x84\xd8\xb3\xd9\x8a\xd8\xa7\xd8\xb1\xd8\xa7\xd8\xaa\nNOTICE \xe2\x80\x94 Weavers Quay car park, operated by \xeb\xb0\x94\xeb\x9e\x8c\xea\xb8\xb8 \xec\xb9\xb4\xec\x85\xb0\xec\x96\xb4\xeb\xa7\x81\n",
   "NOTICE \xe2\x80\x94 Millrace Deck car park, operated by \xd8\xb4\xd8\xb1\xd9\x83\xd8\xa9 \xd8\xa7\xd9\x84\xd9\x86\xd9\x8a\xd9\x84 \xd8\xa7\xd9\x84\xd8\xa3\xd8\xb2\xd8\xb1\xd9\x82 \xd9\x84\xd8\xaa\xd8\xa3\xd8\xac\xd9\x8a\xd8\xb1 \xd8\xa7\xd9\x84\xd8\xb3\xd9\x8a\xd8\xa7\xd8\xb1\xd8\xa7\xd8\xaa\nNOTICE \xe2\x80\x94 Weavers Quay car park, operated by \xeb\xb0\x94\xeb\x9e\x8c\xea\xb8\xb8 \xec\xb9\xb4\xec\x85\xb0\xec\x96\xb4\xeb\xa7\x81\n"},
  /* a firm before a middle dot and its mailbox after a staff label is no
   * one (stop 60) */
  {"Agent: Northwind Traders \xc2\xb7 sales@northwind.example.net\n",
   "Agent: Northwind Traders \xc2\xb7 sales@northwind.example.net\n"},
  /* a timetable's event before an em dash and an address is no one (stop
   * 60) */
  {"10:00 Team Briefing \xe2\x80\x94 10 Downing Street, London SW1A 2AA\n",
   "10:00 Team Briefing \xe2\x80\x94 [ADDRESS]\n"},
  /* a firm over a range of years and more words is no one (stop 60) */
  {"Portland Cement\n1950 - 2020 sales\n",
   "Portland Cement\n1950 - 2020 sales\n"},
  /* a dental or an optician's practice's own address and switchboard in
   * its letterhead are no one's (stop 62) */
  {"Quarrybank Dental Care \xc2\xb7 Unit 4, Tanyard Parade, Bungay NR35 1EP \xc2\xb7 01632 960 517\nTo: Cabinet dentaire des Micocouliers, 4 place du Foirail, 12100 Millau\nTo: Ottica Le Gelsomine, Piazza del Mercato 5, 06049 Spoleto (PG)\n",
   "Quarrybank Dental Care \xc2\xb7 Unit 4, Tanyard Parade, Bungay NR35 1EP \xc2\xb7 01632 960 517\nTo: Cabinet dentaire des Micocouliers, 4 place du Foirail, 12100 Millau\nTo: Ottica Le Gelsomine, Piazza del Mercato 5, 06049 Spoleto (PG)\n"},
  /* a veterinary practice's patient is an animal: its name after
   * "Patient:" is none of a person's; a medical centre's patient keeps
   * the name hidden (stop 63) */
  {"INVOICE F2026-12328 \xe2\x80\x94 Tierarztpraxis am Schlehenhang, Vogelsbergstra\xc3\x9f" "e 41, 36304 Alsfeld\nPatient: Flocke (A702360)\nSeen by: Dr. Hildegunde Schwertfeger\n\nINVOICE 8812 \xe2\x80\x94 Northfield Medical Centre\nPatient: Hildegunde Schwertfeger\n",
   "INVOICE F2026-12328 \xe2\x80\x94 Tierarztpraxis am Schlehenhang, Vogelsbergstra\xc3\x9f" "e 41, 36304 Alsfeld\nPatient: Flocke (A702360)\nSeen by: Dr. [NAME]\n\nINVOICE 8812 \xe2\x80\x94 Northfield Medical Centre\nPatient: [NAME]\n"},
  /* an animal's label's list: its name, species and breed are none of a
   * person's; the owner's label's name stays hidden (stop 63) */
  {"Animal: R\xc3\xa9glisse, chien, Labrador, born 23/08/2019\nAnimal: Otis, Hund, Deutscher Sch\xc3\xa4" "ferhund, born 16.11.2024\nOwner: Araminta Spraggett, Hopkiln Close\n",
   "Animal: R\xc3\xa9glisse, chien, Labrador, born 23/08/2019\nAnimal: Otis, Hund, Deutscher Sch\xc3\xa4" "ferhund, born 16.11.2024\nOwner: [NAME], Hopkiln Close\n"},
  /* the owner's reply to a review is no label of a name (stop 64) */
  {"Reactie van de eigenaar: Dank je wel voor de review!\n",
   "Reactie van de eigenaar: Dank je wel voor de review!\n"},
  /* a heading, a sentence and a street before a body's word are no
   * signer's name (stop 64) */
  {"Harbourside Counselling \xe2\x80\x93 New patient dental intake\n\nUnfallhergang: B hat den Spiegel touchiert. Keine Verletzten, Polizei nicht gerufen.\n\n- Local: Av. Tiradentes, em frente ao terminal\n\nForderungsmanagement, Keystrand Collections\n",
   "Harbourside Counselling \xe2\x80\x93 New patient dental intake\n\nUnfallhergang: B hat den Spiegel touchiert. Keine Verletzten, Polizei nicht gerufen.\n\n- Local: Av. Tiradentes, em frente ao terminal\n\nForderungsmanagement, Keystrand Collections\n"},
  /* a short word or a month starting a chat's sentence is no name (stop 64) */
  {"[20.7.2026 18:28] Zeynep: Endeks 60841. Kas\xc4\xb1m kiras\xc4\xb1 g\xc3\xb6nderildi\n[12.08.26, 13:13] Idris: Ok. Mi casa est\xc3\xa1 lejos.\n",
   "[20.7.2026 18:28] [NAME]: Endeks 60841. Kas\xc4\xb1m kiras\xc4\xb1 g\xc3\xb6nderildi\n[12.08.26, 13:13] [NAME]: Ok. Mi casa est\xc3\xa1 lejos.\n"},
  /* who a booking was made with is an airline as often (stop 64) */
  {"grazie per aver prenotato con Lufthansa. Il codice di prenotazione \xc3\xa8 T6CKJM.\nmerci d'avoir r\xc3\xa9serv\xc3\xa9 avec SWISS.\n",
   "grazie per aver prenotato con Lufthansa. Il codice di prenotazione \xc3\xa8 T6CKJM.\nmerci d'avoir r\xc3\xa9serv\xc3\xa9 avec SWISS.\n"},
  /* a hospital's emergency room and a word before a title are no one
   * (stop 64) */
  {"\xea\xb0\x80\xea\xb9\x8c\xec\x9a\xb4 \xec\x9d\x91\xea\xb8\x89\xec\x8b\xa4: \xed\x95\x9c\xeb\xb9\x9b\xeb\x8c\x80\xed\x95\x99\xea\xb5\x90\xeb\xb3\x91\xec\x9b\x90 \xec\x9d\x91\xea\xb8\x89\xec\x8b\xa4\n\xe6\x98\x8e\xe5\xa4\xa9\xe8\x80\x81\xe5\xb8\x88\xe4\xbc\x9a\xe6\x9d\xa5\xe3\x80\x82\n",
   "\xea\xb0\x80\xea\xb9\x8c\xec\x9a\xb4 \xec\x9d\x91\xea\xb8\x89\xec\x8b\xa4: \xed\x95\x9c\xeb\xb9\x9b\xeb\x8c\x80\xed\x95\x99\xea\xb5\x90\xeb\xb3\x91\xec\x9b\x90 \xec\x9d\x91\xea\xb8\x89\xec\x8b\xa4\n\xe6\x98\x8e\xe5\xa4\xa9\xe8\x80\x81\xe5\xb8\x88\xe4\xbc\x9a\xe6\x9d\xa5\xe3\x80\x82\n"},
  /* a fixed-width list's booking and flight codes are no document (stop 64) */
  {"NO  PNR       FLIGHT   FARE\n01  T6CKJM    UX881    EUR 412\n02  W6LWPH    LH1123   EUR 388\n",
   "NO  PNR       FLIGHT   FARE\n01  T6CKJM    UX881    EUR 412\n02  W6LWPH    LH1123   EUR 388\n"},
  /* two airports' codes before a fixed-width list's title column are no
   * name (stop 64) */
  {"SEG  ROUTE      CLS   FARE\n01   LHR/JFK    MR    Y\n",
   "SEG  ROUTE      CLS   FARE\n01   LHR/JFK    MR    Y\n"},
  /* the exporter's own turns and a numbered speaker are no name (stop 64) */
  {"Eu (19:35): Sim, pode ver.\nEu (19:40): Onde fica?\n",
   "Eu (19:35): Sim, pode ver.\nEu (19:40): Onde fica?\n"},
  /* a list's item of a thing with a year or an age is no one (stop 64) */
  {"Versions:\n- Release Notes (child, 2) \xe2\x80\x94 see below\n- Summer Sale, 2026: all week\n",
   "Versions:\n- Release Notes (child, 2) \xe2\x80\x94 see below\n- Summer Sale, 2026: all week\n"},
  /* a court's desks' mailboxes name no one (stop 64) */
  {"Agency copy: interpreters@tj-montbrisac.fr\nLISTING_MAILBOX=listing@karacam-adliye.com.tr\nProcessed \xc2\xb7 jury@sr-cisow.pl\n",
   "Agency copy: interpreters@tj-montbrisac.fr\nLISTING_MAILBOX=listing@karacam-adliye.com.tr\nProcessed \xc2\xb7 jury@sr-cisow.pl\n"},
  /* a Vietnamese name's middle word said again alone starts an office's
   * name, no one's (stop 64) */
  {"H\xe1\xbb\x8d v\xc3\xa0 t\xc3\xaan: Ng\xe1\xba\xa1" "c V\xc4\x83n Qu\xc3\xbdnh\nREPRESENTATIVE\nV\xe1\xba\xa1n Th\xe1\xbb\x8b Tuy\xe1\xbb\x81n \xe2\x80\x94 V\xc4\x83n ph\xc3\xb2ng lu\xe1\xba\xadt s\xc6\xb0 C\xc3\xa2y G\xe1\xba\xa1o\n",
   "H\xe1\xbb\x8d v\xc3\xa0 t\xc3\xaan: [NAME]\nREPRESENTATIVE\n[NAME] \xe2\x80\x94 V\xc4\x83n ph\xc3\xb2ng lu\xe1\xba\xadt s\xc6\xb0 C\xc3\xa2y G\xe1\xba\xa1o\n"},
  /* the carer's word alone names no one (stop 64) */
  {"The carer is here. Emergency contact numbers are on the back.\n",
   "The carer is here. Emergency contact numbers are on the back.\n"},
  /* a coach's maker and model after "Coach:", a heading's briefing, a
   * Vietnamese chat's "Đã" (already) are no names (stop 64) */
  {"TOUR LEADER BRIEFING \xe2\x80\x94 GRPICN38-WIN\nCoach: Setra S 516 HD, driver on request\nCoach: Neoplan Tourliner\n[20/07/25, 15:09] \xc4\x90i\xe1\xbb\x83n: \xc4\x90\xc3\xa3 c\xe1\xba\xadp nh\xe1\xba\xadt h\xe1\xbb\x93 s\xc6\xa1.\n",
   "TOUR LEADER BRIEFING \xe2\x80\x94 GRPICN38-WIN\nCoach: Setra S 516 HD, driver on request\nCoach: Neoplan Tourliner\n[20/07/25, 15:09] [NAME]: \xc4\x90\xc3\xa3 c\xe1\xba\xadp nh\xe1\xba\xadt h\xe1\xbb\x93 s\xc6\xa1.\n"},
  /* a notice's addressee label before a hospital's department is no name's
   * (stop 64) */
  {"\xd7\x90\xd7\x9c: \xd7\x93\"\xd7\xa8 \xd7\xa0\xd7\x97\xd7\x9e\xd7\x94 \xd7\x93\xd7\x94\xd7\x90\xd7\x9f, \xd7\x9e\xd7\x97\xd7\x9c\xd7\xa7\xd7\xaa \xd7\xa4\xd7\x94 \xd7\x95\xd7\x9c\xd7\xa1\xd7\xaa, \xd7\x91\xd7\x99\xd7\xaa \xd7\x94\xd7\x97\xd7\x95\xd7\x9c\xd7\x99\xd7\x9d \xd7\x94\xd7\x90\xd7\x96\xd7\x95\xd7\xa8\xd7\x99\nK\xc3\xadnh g\xe1\xbb\xadi: C\xc3\xb4ng an ph\xc6\xb0\xe1\xbb\x9dng B\xe1\xba\xbfn Ngh\xc3\xa9\n",
   "\xd7\x90\xd7\x9c: \xd7\x93\"\xd7\xa8 \xd7\xa0\xd7\x97\xd7\x9e\xd7\x94 \xd7\x93\xd7\x94\xd7\x90\xd7\x9f, \xd7\x9e\xd7\x97\xd7\x9c\xd7\xa7\xd7\xaa \xd7\xa4\xd7\x94 \xd7\x95\xd7\x9c\xd7\xa1\xd7\xaa, \xd7\x91\xd7\x99\xd7\xaa \xd7\x94\xd7\x97\xd7\x95\xd7\x9c\xd7\x99\xd7\x9d \xd7\x94\xd7\x90\xd7\x96\xd7\x95\xd7\xa8\xd7\x99\nK\xc3\xadnh g\xe1\xbb\xadi: C\xc3\xb4ng an ph\xc6\xb0\xe1\xbb\x9dng B\xe1\xba\xbfn Ngh\xc3\xa9\n"},
  /* a firm's or a practice's desk: its number near a role's mailbox or its
   * website on the line; a person's number after their name's comma, or before a
   * comma, stays hidden (stop 65) */
  {"Bookings: 0734 252 0140 \xc2\xb7 bookings@mainatours.in \xc2\xb7 www.mainatours.in\nPrenoti allo 0524 530 117 o su www.vetcorbezzolo.it.\nSales: Ottilie Crabtree, +44 7423 498255 \xc2\xb7 info@dunmoresignage.co.uk\nMobile +43 660 4556244 (Lene), reply to casting@agentur-seidenfaden.de\n",
   "Bookings: 0734 252 0140 \xc2\xb7 bookings@mainatours.in \xc2\xb7 www.mainatours.in\nPrenoti allo 0524 530 117 o su www.vetcorbezzolo.it.\nSales: [NAME], [PHONE] \xc2\xb7 info@dunmoresignage.co.uk\nMobile [PHONE] ([NAME]), reply to casting@agentur-seidenfaden.de\n"},
  /* an accountancy practice's, a tax office's and a firm's registered office's
   * addresses, and its name after a person's label: look-alikes (stop 65) */
  {"From: Steuerkanzlei Glimmerstein, Kornblumengasse 6, 35578 Wetzlar\nRegistered office: IJsselkade 40, 7201 HD Zutphen\nPlaza Mayor 9, 2\xc2\xba, 10003 C\xc3\xa1" "ceres \xc2\xb7 927 60 41 18 \xc2\xb7 www.asesoriapizarra.es\nCompany secretary: Administratiekantoor Zandsteen (corporate)\n",
   "From: Steuerkanzlei Glimmerstein, Kornblumengasse 6, 35578 Wetzlar\nRegistered office: IJsselkade 40, 7201 HD Zutphen\nPlaza Mayor 9, 2\xc2\xba, 10003 C\xc3\xa1" "ceres \xc2\xb7 927 60 41 18 \xc2\xb7 www.asesoriapizarra.es\nCompany secretary: Administratiekantoor Zandsteen (corporate)\n"},
  /* a Vietnamese accountancy firm's and tax law's names, a boulevard named after
   * a person (stop 65) */
  {"Payroll bureau: C\xc3\xb4ng ty K\xe1\xba\xbf to\xc3\xa1n \xc4\x90\xc3\xa1 Phi\xe1\xba\xbfn \xc2\xb7 0214 3856 412\n# payroll-sync .env (C\xc3\xb4ng ty K\xe1\xba\xbf to\xc3\xa1n \xc4\x90\xc3\xa1 Phi\xe1\xba\xbfn)\nSee: Lu\xe1\xba\xadt Thu\xe1\xba\xbf TNCN 2007\nChi c\xe1\xbb\xa5" "c Thu\xe1\xba\xbf, \xc4\x91\xe1\xba\xa1i l\xe1\xbb\x99 Tr\xe1\xba\xa7n H\xc6\xb0ng \xc4\x90\xe1\xba\xa1o, th\xc3\xa0nh ph\xe1\xbb\x91 L\xc3\xa0o Cai\n",
   "Payroll bureau: C\xc3\xb4ng ty K\xe1\xba\xbf to\xc3\xa1n \xc4\x90\xc3\xa1 Phi\xe1\xba\xbfn \xc2\xb7 [PHONE]\n# payroll-sync .env (C\xc3\xb4ng ty K\xe1\xba\xbf to\xc3\xa1n \xc4\x90\xc3\xa1 Phi\xe1\xba\xbfn)\nSee: Lu\xe1\xba\xadt Thu\xe1\xba\xbf TNCN 2007\nChi c\xe1\xbb\xa5" "c Thu\xe1\xba\xbf, \xc4\x91\xe1\xba\xa1i l\xe1\xbb\x99 Tr\xe1\xba\xa7n H\xc6\xb0ng \xc4\x90\xe1\xba\xa1o, th\xc3\xa0nh ph\xe1\xbb\x91 L\xc3\xa0o Cai\n"},
  /* a Korean bank's name where a payee's stands (stop 65) */
  {"Pay to: \xea\xb5\xad\xeb\xaf\xbc\xec\x9d\x80\xed\x96\x89 153-085-473158\nPaid to: \xec\x8b\xa0\xed\x95\x9c\xec\x9d\x80\xed\x96\x89 418-124-963444\n",
   "Pay to: \xea\xb5\xad\xeb\xaf\xbc\xec\x9d\x80\xed\x96\x89 153-085-473158\nPaid to: \xec\x8b\xa0\xed\x95\x9c\xec\x9d\x80\xed\x96\x89 418-124-963444\n"},
};

static const struct tc columns[] = {
  /* a password manager's export: "name" is the entry's */
  {"name,url,username,password,note\nRouter,http://router.local/,admin,x,fw",
   "name,url,username,password,note\nRouter,http://router.local/,admin,x,fw"},
  {"name,url,username,note\nExample,https://example.org/login,,x\n",
   "name,url,username,note\nExample,https://example.org/login,,x\n"},
  /* a people list's "name" column still is */
  {"name,email,team\nAnna Weber,anna@example.org,ops\n",
   "name,email,team\n[NAME],[EMAIL],ops\n"},
  /* a price list's 'name' column, with a price, a tariff or a SKU column,
   * names products (stop 56) */
  {"code;name;price;contract;sku\nFF-900-FTTP;Roam Europe;KRW 584,000;12M;CPE-SS-055\nQW-SIMO-24M;Grace Plan;KRW 168,000;24M;CPE-WM-389\n",
   "code;name;price;contract;sku\nFF-900-FTTP;Roam Europe;KRW 584,000;12M;CPE-SS-055\nQW-SIMO-24M;Grace Plan;KRW 168,000;24M;CPE-WM-389\n"},
};

static const struct tc numbers[] = {
  /* a forecast's validity and visibility, a GTIN-14, a cited act */
  {"TAF TNCC 131100Z 0312/0118 16010KT 9999 SCT030 TEMPO 0514/0418 4000 SHRA",
   "TAF TNCC 131100Z 0312/0118 16010KT 9999 SCT030 TEMPO 0514/0418 4000 SHRA"},
  {"GTIN-14 39564927680421 — cooking oil 5 L", "GTIN-14 39564927680421 — cooking oil 5 L"},
  /* a network's broadcast address, a bank account after its CJK word,
   * Home Assistant's reference to its secrets file, a league table */
  {"inet 192.168.1.5  netmask 255.255.255.0  broadcast 192.168.1.255",
   "inet [IP]  netmask 255.255.255.0  broadcast 192.168.1.255"},
  {"\xe5\x8c\xaf\xe6\xac\xbe\xe5\xb8\xb3\xe8\x99\x9f\xef\xbc\x9a" "043-710157-6",
   "\xe5\x8c\xaf\xe6\xac\xbe\xe5\xb8\xb3\xe8\x99\x9f\xef\xbc\x9a" "043-710157-6"},
  {"homeassistant:\n  latitude: !secret home_lat", "homeassistant:\n  latitude: !secret home_lat"},
  {"Pos Team            P  W  L  Pts\n1   Royal Oak B  18  18  0  36\n2   Black Bull  18  16  2  32",
   "Pos Team            P  W  L  Pts\n1   Royal Oak B  18  18  0  36\n2   Black Bull  18  16  2  32"},
  {"Day 2: Chief Albert Luthuli House, lunch", "Day 2: Chief Albert Luthuli House, lunch"},
  /* a birthday's party is an event, a birthday is a birth */
  {"Birthday party for the office on 21 November 2022.",
   "Birthday party for the office on 21 November 2022."},
  {"My birthday is 3 May 1990", "My birthday is [DOB]"},
  /* a date after a name in a roster, seven years back or more; a guest
   * book's recent visits and a title in capitals are none */
  {"Bending Nengminza, 02-08-1997\nSilbi Areng, 05-04-1984",
   "[NAME], [DOB]\n[NAME], [DOB]"},
  {"Pimchanok W. \xe2\x80\x94 Hamilton Gardens, 04/10/2024\nAnna Weber \xe2\x80\x94 Leeds, 05/10/2024",
   "Pimchanok W. \xe2\x80\x94 Hamilton Gardens, 04/10/2024\n[NAME] \xe2\x80\x94 Leeds, 05/10/2024"},
  /* models, documents, storms, dogs and drinks are no people; a name in
   * capitals before a phone number and one before a dotted phone are */
  {"It ran on Aya Expanse 8B and Jamba 1.5 Mini.", "It ran on Aya Expanse 8B and Jamba 1.5 Mini."},
  {"References: WO 2021/123456 A1; ICAO Doc 9303.", "References: WO 2021/123456 A1; ICAO Doc 9303."},
  {"Storm Daniel made landfall on 10 September 2023",
   "Storm Daniel made landfall on 10 September 2023"},
  {"the Jack Russell show ring opens, bar serves Tom Collins and Rob Roy",
   "the Jack Russell show ring opens, bar serves Tom Collins and Rob Roy"},
  {"Ksh8,080.00 sent to CHEBET OCHIENG 0797 906 058 on 27/2/25",
   "Ksh8,080.00 sent to [NAME] [PHONE] on 27/2/25"},
  {"Mum: Bethany 512.555.0101", "Mum: [NAME] [PHONE]"},
  {"Day 1: land at Ninoy Aquino terminal 3", "Day 1: land at Ninoy Aquino terminal 3"},
  /* a template's variables in braces are no secrets */
  {"mailtos://{user}:{password}@gmail.com\nrtsp://{CAM_USER}:{CAM_PASSWORD}@127.0.0.1:8554/porch",
   "mailtos://{user}:{password}@gmail.com\nrtsp://{CAM_USER}:{CAM_PASSWORD}@127.0.0.1:8554/porch"},
  {"DB_PASSWORD={{ .Pass }}", "DB_PASSWORD={{ .Pass }}"},
  {"rtsp://admin:Kq7!vr29x@10.0.0.8:554/", "rtsp://admin:[SECRET]@[IP]:554/"},
  /* a phone between the name and the date; an order number is no phone */
  {"1. Padma Andotra; 075771 10111; 26-01-1998\n2. Yashpal Balgotra; 08/01/1964",
   "1. [NAME]; [PHONE]; [DOB]\n2. [NAME]; [DOB]"},
  {"1. Anna Weber; Order 12345; 12/03/2015\n2. Ben Ortiz; Order 12346; 14/03/2015",
   "1. [NAME]; Order 12345; 12/03/2015\n2. [NAME]; Order 12346; 14/03/2015"},
  {"1. Anna Weber; 1234567; 12/03/2015\n2. Ben Ortiz; 1234568; 14/03/2015",
   "1. [NAME]; 1234567; [DOB]\n2. [NAME]; 1234568; [DOB]"},
  /* birth words and months of more languages; a birth label with its
   * blank value does not label the next line's date */
  {"Natawo ako han Nobyembre 6, 1974. Janm tithi: 17/04/1973. Ej sus n\xc3\xa9 l'27/10/2001.",
   "Natawo ako han [DOB]. Janm tithi: [DOB]. Ej sus n\xc3\xa9 l'[DOB]."},
  {"Ranar haihuwa: ______\n15/05/2025", "Ranar haihuwa: ______\n15/05/2025"},
  /* a birth label alone on the line above: an identity card's "dd mm
   * yyyy", a long trilingual label, a speaker's answer to the question;
   * not the card's expiry, not another question's answer */
  {"FECHA DE NACIMIENTO\n04 11 1990\nVALIDEZ\n26 02 2030\nGeburtstag/Date of birth/Date de naissance\n28.07.1977",
   "FECHA DE NACIMIENTO\n[DOB]\nVALIDEZ\n26 02 2030\nGeburtstag/Date of birth/Date de naissance\n[DOB]"},
  {"AGENT: and your date of birth\nCUSTOMER: 23/08/1957\nAGENT: and the date of the move\nCUSTOMER: 23/08/2020",
   "AGENT: and your date of birth\nCUSTOMER: [DOB]\nAGENT: and the date of the move\nCUSTOMER: 23/08/2020"},
  {"\xd0\x92\xd0\xbe\xd1\x80\xd0\xb4\xd1\x81\xd0\xba\xd0\xb5\xd0\xbc\xd1\x8b: 11.06.1991. Hiu amintat tu 12.12.1961.",
   "\xd0\x92\xd0\xbe\xd1\x80\xd0\xb4\xd1\x81\xd0\xba\xd0\xb5\xd0\xbc\xd1\x8b: [DOB]. Hiu amintat tu [DOB]."},
  {"Date of birth:\n12/03/1985", "Date of birth:\n[DOB]"},
  /* a form's examples are no one's ("e.g.", "z. B.", "por ejemplo") */
  {"Date of birth: DD/MM/YYYY, e.g. 01/01/1990", "Date of birth: DD/MM/YYYY, e.g. 01/01/1990"},
  {"Geburtsdatum (z. B. 24.12.1985):", "Geburtsdatum (z. B. 24.12.1985):"},
  {"Mobile number, for example 07700 900123", "Mobile number, for example 07700 900123"},
  {"Mobile number: 07700 900123", "Mobile number: [PHONE]"},
  /* birth words of more languages */
  {"Aso fanau: 1 Aperila 1980", "Aso fanau: [DOB]"},
  {"Opslagger: Durk Postma, berne 5 jannewaris 1975", "Opslagger: [NAME], berne [DOB]"},
  {"Références : Directive (UE) 2019/1937 (CELEX 32019L1937)",
   "Références : Directive (UE) 2019/1937 (CELEX 32019L1937)"},
  /* amounts with cents, in a table and in prose */
  {"ticket_type,count,revenue,checked_in\nEarly Bird,15,86913.87,195\n",
   "ticket_type,count,revenue,checked_in\nEarly Bird,15,86913.87,195\n"},
  {"Standard,194,64077.90,86", "Standard,194,64077.90,86"},
  /* an IPv4 address in a CSV row is an address, not a phone; a dotted
   * phone with a leading zero stays a phone; a log's counters after a
   * lone 0; two spaces end a number (columns) */
  {"11,04/18/25,00:22:12,Release,172.24.25.203,DESKTOP-7QAF3KT,789FDEB1E17C",
   "11,04/18/25,00:22:12,Release,[IP],DESKTOP-7QAF3KT,789FDEB1E17C"},
  {"Tel.: 031.418.32.66", "Tel.: [PHONE]"},
  {"\"PATCH /v1/x HTTP/1.1\" 204 - 0 3873 173 194 \"-\"", "\"PATCH /v1/x HTTP/1.1\" 204 - 0 3873 173 194 \"-\""},
  {"  .    D        0  2024-11-01T02:26:19Z", "  .    D        0  2024-11-01T02:26:19Z"},
  {"5. Điện thoại: 028 3502 4179   6. Email", "5. Điện thoại: [PHONE]   6. Email"},
  {"Call 1-800-555-0199 now", "Call [PHONE] now"},
  /* a column named for other numbers; a code's number after its letter */
  {"Writer | IPI | Phone\nKemar McKenzie | 09132995581 | 876-212-6506",
   "Writer | IPI | Phone\n[NAME] | 09132995581 | [PHONE]"},
  {"Title: \"Tide Come In\"   ISWC: T-047.090.797-1", "Title: \"Tide Come In\"   ISWC: T-047.090.797-1"},
  /* a Unix time in a row */
  {"28f14e65|71|1739739660", "28f14e65|71|1739739660"},
  /* a load balancer's timers */
  {"srv1/web 0/42/2 200 4723 - - ---- 1/1/0/0/0 0/0", "srv1/web 0/42/2 200 4723 - - ---- 1/1/0/0/0 0/0"},
  /* numbers named as something else */
  {"Patron: 02149343403611", "Patron: 02149343403611"},
  {"Verbrauch 3628 kWh. Meter 07 534778 7196", "Verbrauch 3628 kWh. Meter 07 534778 7196"},
  /* a range of two dates, a proxy log's timers, a GS1 number in its
   * column are no phones and no card; their twins are */
  {"suljettuna 06.09.2026\xe2\x80\x93" "01.02.2026 remontin vuoksi",
   "suljettuna 06.09.2026\xe2\x80\x93" "01.02.2026 remontin vuoksi"},
  {"geschlossen 06.09.2026-01.02.2026 wegen Umbau", "geschlossen 06.09.2026-01.02.2026 wegen Umbau"},
  {"be_app/app2 0/0/0/56/73 200 3564 - -", "be_app/app2 0/0/0/56/73 200 3564 - -"},
  {"| id | ean           |\n|----|---------------|\n| 7  | 4068881805264 |",
   "| id | ean           |\n|----|---------------|\n| 7  | 4068881805264 |"},
  {"| id | card          |\n|----|---------------|\n| 7  | 4068881805264 |",
   "| id | card          |\n|----|---------------|\n| 7  | [CARD] |"},
  {"Kontakt: 030 84861089/0151/50164464", "Kontakt: [PHONE]/[PHONE]"},
  /* the twins: phones in the same places */
  {"name,phone\nAnna Weber,+49 30 1234567\n", "name,phone\n[NAME],[PHONE]\n"},
  {"tel 030 1234567", "tel [PHONE]"},
  {"a,b,c\nx,07700 900123,y", "a,b,c\nx,[PHONE],y"},
  /* an employer's, a register's and a tax notice's numbers are no phones;
   * a Russian passport's series and number is an id; a phone after a
   * German "ein" is one */
  {"b Employer identification number (EIN)  99-5482558\nRegister number: G 926/6870\nNum\xc3\xa9ro FIP : 94 77 252 648 691\n\xd1\x81\xd0\xb5\xd1\x80\xd0\xb8\xd1\x8f \xd0\xb8 \xd0\xbd\xd0\xbe\xd0\xbc\xd0\xb5\xd1\x80 95 24 410095\nHier ein Kontakt: 0171 2345678",
   "b Employer identification number (EIN)  99-5482558\nRegister number: G 926/6870\nNum\xc3\xa9ro FIP : 94 77 252 648 691\n\xd1\x81\xd0\xb5\xd1\x80\xd0\xb8\xd1\x8f \xd0\xb8 \xd0\xbd\xd0\xbe\xd0\xbc\xd0\xb5\xd1\x80 [ID]\nHier ein Kontakt: [PHONE]"},
  /* after a name in a list's row: a number of one digit repeated, a
   * phone's trunk prefix, a product's line (stop 56) */
  {"- Tuncay Karabulut \xc2\xb7 1000000000009 \xc2\xb7 paid\n- Tuncay Karabulut \xc2\xb7 05301524095\n- Order Batch \xc2\xb7 13436156234\n",
   "- [NAME] \xc2\xb7 1000000000009 \xc2\xb7 paid\n- [NAME] \xc2\xb7 [PHONE]\n- Order Batch \xc2\xb7 13436156234\n"},
  /* a list's dates in parentheses after things, not names, stay visible
   * (stop 56) */
  {"Rota: cleaning (12.03.2026); flowers (19.03.2026) & coffee (26.03.2026)\n",
   "Rota: cleaning (12.03.2026); flowers (19.03.2026) & coffee (26.03.2026)\n"},
  /* an event's field of a person and a date, a recent date, or more after
   * the date, stay visible (stop 56) */
  {"Signed: Gelsomina Ciampolini, 12/03/1998\nVolunteer: Gelsomina Ciampolini, 12/03/2024\nChair: Gelsomina Ciampolini, 12/03/1988 minutes\n",
   "Signed: [NAME], 12/03/1998\nVolunteer: [NAME], 12/03/2024\nChair: [NAME], 12/03/1988 minutes\n"},
  /* a German ambulance's call sign after 'RTW' stays visible (stop 57) */
  {"Units: RTW 3/83-1 06:59/07:12; HLF 1/46-1 00:09/00:20\n",
   "Units: RTW 3/83-1 06:59/07:12; HLF 1/46-1 00:09/00:20\n"},
  /* an airline's call centre by its note after the number, and a bag's
   * rush tag stay visible (stop 57) */
  {"  4 APM +49 69 8099 4120 (airline call centre)\nSwitchboard number +44 20 7946 0000 (switchboard)\nRush tags printed: 0618229029\n",
   "  4 APM +49 69 8099 4120 (airline call centre)\nSwitchboard number +44 20 7946 0000 (switchboard)\nRush tags printed: 0618229029\n"},
  /* Greek text with numbers after a word stays visible (stop 57) */
  {"\xce\xa4\xce\xbf \xcf\x81\xce\xb1\xce\xbd\xcf\x84\xce\xb5\xce\xb2\xce\xbf\xcf\x8d \xcf\x83\xcf\x84\xce\xb9\xcf\x82 10 30 \xce\xbb\xce\xb5\xcf\x80\xcf\x84\xce\xac, \xce\x9b\xce\xac\xcf\x81\xce\xb9\xcf\x83\xce\xb1 41 215 km\n",
   "\xce\xa4\xce\xbf \xcf\x81\xce\xb1\xce\xbd\xcf\x84\xce\xb5\xce\xb2\xce\xbf\xcf\x8d \xcf\x83\xcf\x84\xce\xb9\xcf\x82 10 30 \xce\xbb\xce\xb5\xcf\x80\xcf\x84\xce\xac, \xce\x9b\xce\xac\xcf\x81\xce\xb9\xcf\x83\xce\xb1 41 215 km\n"},
  /* a postcode's, a model's and a part's codes with a capital inside stay
   * visible (stop 57) */
  {"Order the 12A4 hinge and 3X100 screws for plot 7C; model 2B300 in stock; job code 7C260 is on the PO\n",
   "Order the 12A4 hinge and 3X100 screws for plot 7C; model 2B300 in stock; job code 7C260 is on the PO\n"},
  /* amounts with a decimal comma stay amounts (stop 60) */
  {"Total: 1 234 567,89\nPaid 86913,87 today\n",
   "Total: 1 234 567,89\nPaid 86913,87 today\n"},
  /* a right-to-work check's own reference, RTW glued to its digits by a
   * hyphen, is no document's number (stop 60) */
  {"Check ref: RTW-01355529   Date of check: 10/01/2026\n",
   "Check ref: RTW-01355529   Date of check: 10/01/2026\n"},
  /* a Thai Buddhist-era date under a start column is no birth (stop 60) */
  {"id,name,start\nW1,\xe0\xb8\x98\xe0\xb8\xb5\xe0\xb8\xa3\xe0\xb8\xa7\xe0\xb8\xb1\xe0\xb8\x92\xe0\xb8\x99\xe0\xb9\x8c \xe0\xb8\x88\xe0\xb8\xb1\xe0\xb8\x99\xe0\xb8\x97\xe0\xb8\xa3\xe0\xb9\x8c\xe0\xb9\x80\xe0\xb8\x9e\xe0\xb9\x87\xe0\xb8\x8d,2/6/2568\n",
   "id,name,start\nW1,[NAME],2/6/2568\n"},
  /* a reference's number after its capitals and '/' is no phone; a phone
   * after "Tel/" stays one (stop 62) */
  {"Contact - 2026-03-02 - PB/2026/07160\nUnser Zeichen: OM/2025/09129\nTel/0151 92940121\n",
   "Contact - 2026-03-02 - PB/2026/07160\nUnser Zeichen: OM/2025/09129\nTel/[PHONE]\n"},
  /* a depot's line and the number a reminder gives for changing the
   * booking are the firm's; a person's own number before it stays (stop 62) */
  {"Depot phone 0755-000-4180; stock queries to emstock@neemkheda-jail.org.in\nWir haben 01.03.2026 18:00 f\xc3\xbcr Sie reserviert; \xc3\x84nderungen unter 05382 9184-0.\nTu cita es el 12/03/2026 15:15; para cambiarla llama al 925 00 41 80\nMy phone 0151 92940121, to change it, call me\n",
   "Depot phone 0755-000-4180; stock queries to emstock@neemkheda-jail.org.in\nWir haben 01.03.2026 18:00 f\xc3\xbcr Sie reserviert; \xc3\x84nderungen unter 05382 9184-0.\nTu cita es el 12/03/2026 15:15; para cambiarla llama al 925 00 41 80\nMy phone [PHONE], to change it, call me\n"},
};

static void test_brands_works_and_places_named_after_people(void **state)
{
  (void)state;
  RUN(eponyms);
}

static void test_camel_case_words_are_no_names(void **state)
{
  (void)state;
  RUN(camel);
}

static void test_things_systems_and_days_are_no_names(void **state)
{
  (void)state;
  RUN(things);
}

/* secrets in configuration files, each beside a value that is none */
static const struct tc configs[] = {
  /* prose about keys and tokens: possessives, compounds, words with
   * Markdown's marks, key files, a header of prose "key, and ..." */
  {"The subject is the token's user if one is sent, else the certificate's principal.",
   "The subject is the token's user if one is sent, else the certificate's principal."},
  {"the password's length, a key\xe2\x80\x99s owner", "the password's length, a key\xe2\x80\x99s owner"},
  {"trust lists with CRLs and key-purpose checks; key = big-endian u64 seq",
   "trust lists with CRLs and key-purpose checks; key = big-endian u64 seq"},
  {"9. **Key selection**: PEM keys have no kid\n* **Master key rotation** is built\na new key `object.N`",
   "9. **Key selection**: PEM keys have no kid\n* **Master key rotation** is built\na new key `object.N`"},
  {"curl --cert admin.crt --key admin.key --cacert ca.crt", "curl --cert admin.crt --key admin.key --cacert ca.crt"},
  {"an EdDSA\nkey, and (except the CA's own self-signature) a signature that\ndeems secure for certificates. The\nGnuTLS check.",
   "an EdDSA\nkey, and (except the CA's own self-signature) a signature that\ndeems secure for certificates. The\nGnuTLS check."},
  /* the twins */
  /* the password in parentheses after its word; a word or a remark in
   * them is none */
  {"the victim's password (Soleil&6336Q) and", "the victim's password ([SECRET]) and"},
  {"Nach Eingabe des Passworts (Tiger_5100) auf", "Nach Eingabe des Passworts ([SECRET]) auf"},
  {"the wrapping key (AES-256-GCM) and the second pass (`redact_find`)",
   "the wrapping key (AES-256-GCM) and the second pass (`redact_find`)"},
  {"He typed his password (twice) and. Change your password (see section 4).",
   "He typed his password (twice) and. Change your password (see section 4)."},
  {"the wifi key is Hortensie$5429!\nmy password is correct-horse-battery-staple\ntool --key abcdefgh12345678",
   "the wifi key is [SECRET]\nmy password is [SECRET]\ntool --key [SECRET]"},
  {"https://x-token-auth:Br0mma!Sthlm@bitbucket.org", "https://x-token-auth:[SECRET]@bitbucket.org"},
  {"<password>DpQ*0PeGZX!ahzIkm</password>", "<password>[SECRET]</password>"},
  {"<password>${DB_PASS}</password>", "<password>${DB_PASS}</password>"},
  /* a shell variable, a fixture's zero-filled counter */
  {"sh 'curl -u \"$NX_USER:$NX_PASS\" https://nexus.example'",
   "sh 'curl -u \"$NX_USER:$NX_PASS\" https://nexus.example'"},
  {"curl -u deploy:Fr4nkfurt#881 https://x", "curl -u deploy:[SECRET] https://x"},
  {"{# test fixture: token=test-token-000000, ip=127.0.0.1 #}",
   "{# test fixture: token=test-token-000000, ip=127.0.0.1 #}"},
  {"token=test-token-7f3a9c, ip", "token=[SECRET], ip"},
  /* a Telegram bot's token, pass(1)'s first line, a browser's saved login
   * row, an Anaconda channel token, nmcli's and Android's Wi-Fi keys, a
   * TOTP seed */
  {"  - tgram://5187552236:AAkIOuTYhTrDvhjhibD37CFNmZ9A6oc8oYj/335793055:",
   "  - tgram://[SECRET]/335793055:"},
  {"at 10:15:00 build 20240101:AB", "at 10:15:00 build 20240101:AB"},
  {"$ pass show email/fastmail\nWalrus#6479hib\nlogin: x", "$ pass show email/fastmail\n[SECRET]\nlogin: x"},
  {"https://accounts.google.com/|shaniaflett@mts.net|taro-hibiscus-marimba37",
   "https://accounts.google.com/|[EMAIL]|[SECRET]"},
  {"https://conda.anaconda.org/t/14-7aa61172-efb2-27e5-6b2987467322/org-internal",
   "https://conda.anaconda.org/t/[SECRET]/org-internal"},
  {"802-11-wireless-security.psk:           R+zMWnc*h*9Fi+q", "802-11-wireless-security.psk:           [SECRET]"},
  {"<string name=\"PreSharedKey\">&quot;fMo4fz8C-qIuv3vxJ&quot;</string>\n<string name=\"SSID\">&quot;Casa-2C54&quot;</string>",
   "<string name=\"PreSharedKey\">&quot;[SECRET]&quot;</string>\n<string name=\"SSID\">&quot;Casa-2C54&quot;</string>"},
  {"\"totp\": \"NCDJ3QAR7W4BD4GB2JGJACRDUNRONUFY\"", "\"totp\": \"[SECRET]\""},
  /* a booking's card form of payment (Luhn), an address as a URL query's value */
  {"  7 FP CCAX375624042504252/1130\n  7 FP CCAX375624042504253/1130",
   "  7 FP CCAX[CARD]/1130\n  7 FP CCAX375624042504253/1130"},
  /* the same form of payment under an e-ticket's translated label */
  {"FORMA DE PAGO   : CCCA5375176638087795 EXP 12/29\nZAHLUNGSART     : CCVI5375176638087796 EXP 07/30",
   "FORMA DE PAGO   : CCCA[CARD] EXP 12/29\nZAHLUNGSART     : CCVI5375176638087796 EXP 07/30"},
  {"mailtos://smtp.gmail.com?user=jose.uliana@gmail.com&to=a@b.fr",
   "mailtos://smtp.gmail.com?user=[EMAIL]&to=[EMAIL]"},
  {"git clone ssh://git@github.com/org/repo.git", "git clone ssh://git@github.com/org/repo.git"},
  /* keys ending in "pass", HAProxy's stats auth, Feishu's bot webhook */
  {"remotepass = 3khPzJtoLDJFMetjzFf8\nbypass = true", "remotepass = [SECRET]\nbypass = true"},
  {"    stats auth admin:Bandura%5285\n    masterauth K8YbT8IZ3WoMj*kQu",
   "    stats auth admin:[SECRET]\n    masterauth [SECRET]"},
  {"WEBHOOK = \"https://open.feishu.cn/open-apis/bot/v2/hook/22aad9a9-d234-7ded-2923-3429dde0f808\"",
   "WEBHOOK = \"[SECRET]\""},
  {"see https://open.feishu.cn/open-apis/bot/v2/hook/ for the docs",
   "see https://open.feishu.cn/open-apis/bot/v2/hook/ for the docs"},
  {"<secretKey>SMKWAYUVceibgjtuQz6Cwpit5KSmBy85</secretKey>", "<secretKey>[SECRET]</secretKey>"},
  {"<name>Build server</name>", "<name>Build server</name>"},
  {"requirepass Adm1n-Papaya64\nmasterauth K8YbT8IZ3WoMj*kQu",
   "requirepass [SECRET]\nmasterauth [SECRET]"},
  /* kickstart's rootpw; keys of whitespace-separated configs whose last
   * part names a secret (not a word, a number or a user's name) */
  {"rootpw --plaintext Issyk!1512Z", "rootpw --plaintext [SECRET]"},
  {"    HTTP_User    fluent\n    HTTP_Passwd  kNWc_quJ^a53FQYs9m-lBx\n    Splunk_Token 26276e39-0153-4379-a95e-54de654981cc",
   "    HTTP_User    fluent\n    HTTP_Passwd  [SECRET]\n    Splunk_Token [SECRET]"},
  {"    Reset_Token  expired\n    Max_Password_Age 90\nPassword reset required",
   "    Reset_Token  expired\n    Max_Password_Age 90\nPassword reset required"},
  /* a connection string's next field ends the password; sssd's authtok;
   * a SAS signature; a key in brackets */
  {"\"Sql\": \"Server=tcp:db1,1433;User ID=fluent;Password=DksLQijr9YJaY;Encrypt=True\"",
   "\"Sql\": \"Server=tcp:db1,1433;User ID=fluent;Password=[SECRET];Encrypt=True\""},
  {"ldap_default_authtok = aTcwOqh5KoBkWky", "ldap_default_authtok = [SECRET]"},
  {"https://a.blob.core.windows.net/c?sv=2022-11-02&sp=rl&sig=WMqTwuQKAJfPtSz1MA2tMogtyuhja9AbVLbhwZ9FmuW%3D",
   "https://a.blob.core.windows.net/c?sv=2022-11-02&sp=rl&sig=[SECRET]"},
  {"os.environ[\"KAGGLE_KEY\"] = \"f876c7c058166ab0149899e53897b2e2\"",
   "os.environ[\"KAGGLE_KEY\"] = \"[SECRET]\""},
  {"os.environ[\"KAGGLE_USERNAME\"] = \"chanthaly37\"", "os.environ[\"KAGGLE_USERNAME\"] = \"chanthaly37\""},
  /* a secret named, "for ..." and "is" before it; not what is no secret */
  {"Your bot API key for the CI integration is `zH5LmJaZDSSMWM1Zdr2vUWwpaRjVLX6e`.",
   "Your bot API key for the CI integration is `[SECRET]`."},
  {"The password for the router is in the drawer.", "The password for the router is in the drawer."},
  {"The key of the matter is simple.", "The key of the matter is simple."},
  /* account commands and curl's config */
  {"smbclient //fs1/finance -U 'CORP\\app_rw%8FmQzKq6rImhf3SY'",
   "smbclient //fs1/finance -U 'CORP\\app_rw%[SECRET]'"},
  {"net use Z: \\\\fs1\\public /user:CORP\\svc_backup cacao-caspian-cusco-18",
   "net use Z: \\\\fs1\\public /user:CORP\\svc_backup [SECRET]"},
  {"net use Z: \\\\fs1\\share /user:bob * /persistent:no", "net use Z: \\\\fs1\\share /user:bob * /persistent:no"},
  {"net user helpdesk Winter2024! /add", "net user helpdesk [SECRET] /add"},
  {"rabbitmqctl add_user svc_billing 'auuY7PZ.n46pbwyxca5QhCZ'\nrabbitmqctl list_users",
   "rabbitmqctl add_user svc_billing '[SECRET]'\nrabbitmqctl list_users"},
  {"user = \"zbx_agent:TorshavnSarajevo43?\"\nuser = admin", "user = \"zbx_agent:[SECRET]\"\nuser = admin"},
  /* ciphertext, hashes and ids sit where secrets would */
  {"  API_TOKEN: ENC[AES256_GCM,data:SJNHalxSbLshKvlgI/e3/g1Kyxr7I=,iv:x,tag:y,type:str]",
   "  API_TOKEN: ENC[AES256_GCM,data:SJNHalxSbLshKvlgI/e3/g1Kyxr7I=,iv:x,tag:y,type:str]"},
  {"\"passwordHash\": \"eytjDh9paKQPu6UBui7PM6X5xAM+bz2PbZaP9C1WAVQqoYkh5\"",
   "\"passwordHash\": \"eytjDh9paKQPu6UBui7PM6X5xAM+bz2PbZaP9C1WAVQqoYkh5\""},
  {"application_credential_id: \"ab33268f40a818211e203fa0b05bc405\"\napplication_credential_secret: \"Zq8vH2mN4pL7xR1tK9wB3cF6\"",
   "application_credential_id: \"ab33268f40a818211e203fa0b05bc405\"\napplication_credential_secret: \"[SECRET]\""},
  {"secret_id = 6a1f0c2e-93b4-4d57-8e21-0b7f4c9d2a6e", "secret_id = [SECRET]"},
  /* recovery codes under their heading (not the prose after them) */
  {"Recovery codes for anna@example.org\nGenerated: June 2, 2024\n\n1. svk56-w9i2h\n2. 8k2mq-x0p4z\n\nKeep them safe.",
   "Recovery codes for [EMAIL]\nGenerated: June 2, 2024\n\n1. [SECRET]\n2. [SECRET]\n\nKeep them safe."},
  {"Backup codes\nThese codes were printed in 2024 and should be kept.", "Backup codes\nThese codes were printed in 2024 and should be kept."},
  /* devices and tools: SNMP, a BMC, Cisco type 7 (not type 9, a hash),
   * a PuTTY key file, an Oracle connect string, Postfix's sasl_passwd
   * (not a log's "[I ServerApp] http://..."), a session cookie (not an
   * analytics one), a NATS seed, a TOTP URI's secret */
  {"snmp-server community roxqwRWAxHkDx RO", "snmp-server community [SECRET] RO"},
  {"$ ipmitool -I lanplus -H bmc1 -U ADMIN -P 'Savanna%1191' chassis status",
   "$ ipmitool -I lanplus -H bmc1 -U ADMIN -P '[SECRET]' chassis status"},
  {"username netadmin password 7 07D21ACC3AD8F14883A4E7D2\nenable secret 9 $9$abc$def",
   "username netadmin password 7 [SECRET]\nenable secret 9 $9$abc$def"},
  /* Cisco's type 0 (in clear, the line's last word); Dovecot's {PLAIN}
   * scheme, not its hashes */
  {"username backup-ro privilege 15 password 0 v+SeVFYhe=Nn\n!", "username backup-ro privilege 15 password 0 [SECRET]\n!"},
  {"the password 0 length rule", "the password 0 length rule"},
  {"a.iyer@example.coop:{PLAIN}marble-lantern-orbit-66::::::\nl.phan@example.coop:{SHA512-CRYPT}$6$x1$y2::::::",
   "[EMAIL]:{PLAIN}[SECRET]::::::\n[EMAIL]:{SHA512-CRYPT}$6$x1$y2::::::"},
  /* passwords on command lines: the OpenLDAP tools' -w, htpasswd's batch
   * mode (not without -b), PowerShell's plain text, curl's user with a
   * generated letters-only password, JDBC's thin driver */
  {"$ ldapsearch -x -H ldaps://ldap1 -D \"cn=admin,dc=corp\" -w '2eJsJcfg3AAr05q' -b ou=people",
   "$ ldapsearch -x -H ldaps://ldap1 -D \"cn=admin,dc=corp\" -w '[SECRET]' -b ou=people"},
  {"$ htpasswd -bB /etc/nginx/.htpasswd grafana 'ladle.quartz.rhubarb.46'\n$ htpasswd -c /etc/apache2/.htpasswd admin",
   "$ htpasswd -bB /etc/nginx/.htpasswd grafana '[SECRET]'\n$ htpasswd -c /etc/apache2/.htpasswd admin"},
  {"$pw = ConvertTo-SecureString -String \"Gr4nite!walk\" -AsPlainText -Force\n$password = Read-Host -AsSecureString",
   "$pw = ConvertTo-SecureString -String \"[SECRET]\" -AsPlainText -Force\n$password = Read-Host -AsSecureString"},
  {"$ curl -v -u partner-acme:lMXeHAoRAINfhb https://api.example.com/v2/", "$ curl -v -u partner-acme:[SECRET] https://api.example.com/v2/"},
  {"spring.datasource.url=jdbc:oracle:thin:HR/corvette-cactus-orbit-99@//db1:1521/ORCLPDB1",
   "spring.datasource.url=jdbc:oracle:thin:HR/[SECRET]@//db1:1521/ORCLPDB1"},
  /* .NET appSettings and NuGet credentials by their key attribute */
  {"<add key=\"SmtpPassword\" value=\"orbit-lantern-pylon-47\" />\n<add key=\"ApiBaseUrl\" value=\"https://x.example/api\" />",
   "<add key=\"SmtpPassword\" value=\"[SECRET]\" />\n<add key=\"ApiBaseUrl\" value=\"https://x.example/api\" />"},
  /* a password holding '=', '%s' by chance; password hashes, a public key's
   * type, a path and a secret store's path are no secrets */
  /* public keys and their fingerprints, site keys, accessors and request
   * ids named like secrets; a shell's default; a quote that closes a
   * phrase; a URL's user named "token" */
  {"I added the key to authorized_keys.\ngpg: using EDDSA key DF073E6D4225763F08A257132B7E21BE07256FFC",
   "I added the key to authorized_keys.\ngpg: using EDDSA key DF073E6D4225763F08A257132B7E21BE07256FFC"},
  {"recaptcha:\n  site_key: 6L1baKIgkTlog_qG5skdTjs7xPCutIz7D74wm47M\ntoken_accessor       cIP50moOSFev3hzheyiz3vSL",
   "recaptcha:\n  site_key: 6L1baKIgkTlog_qG5skdTjs7xPCutIz7D74wm47M\ntoken_accessor       cIP50moOSFev3hzheyiz3vSL"},
  {"Postman-Token: 51f7ea83-84e0-46bc-95ae-4b6d06aaf834\nX-Auth-Token: 8f3kd9Dk3l2Lp0qX7mZ2",
   "Postman-Token: 51f7ea83-84e0-46bc-95ae-4b6d06aaf834\nX-Auth-Token: [SECRET]"},
  {"PGADMIN_DEFAULT_PASSWORD: ${PGADMIN_PW:?set it}\n$ grep 'Failed password' /var/log/auth.log | tail -1",
   "PGADMIN_DEFAULT_PASSWORD: ${PGADMIN_PW:?set it}\n$ grep 'Failed password' /var/log/auth.log | tail -1"},
  {"git push https://x-access-token:ghs_WG3hjFbo1ynP9UPa2FzllwEVxrDqatwyQVzq@github.com/o/web.git HEAD",
   "git push https://x-access-token:[SECRET]@github.com/o/web.git HEAD"},
  {"User: arn:aws:iam::876326220544:user/ci is not authorized", "User: arn:aws:iam::876326220544:user/ci is not authorized"},
  /* a label's colon after a note or an adjective; a password manager's
   * quoted export and a bulk upload's bracketed header; redis-cli's -a,
   * MySQL's IDENTIFIED BY (not a sentence's "identified by") */
  {"Initial password (told by phone, must change): Mariposa9542+q\nMot de passe provisoire : NWuVYq#cNhO1Ku\nPassword policy: at least 12 characters",
   "Initial password (told by phone, must change): [SECRET]\nMot de passe provisoire : [SECRET]\nPassword policy: at least 12 characters"},
  /* a compound password word before a note, a network's quoted name after
   * a Wi-Fi word, a shared key in French, a password still set after a
   * place (stop 41); a key word before a note that names no password, a
   * network's name with no key, "still wrong" stay */
  {"Initialpasswort (bei erster Anmeldung \xc3\xa4ndern): rKRO5Vv8Pbsq!L5\nWLAN \"HL-Staff\": Roof-78056Q  (siehe Empfang)\n"
   "Cl\xc3\xa9 partag\xc3\xa9" "e VPN: ObsQOUYSlrcQgHaCKXIiYOUbfxa4m\ndb password for the sandbox is still Kiraz4388",
   "Initialpasswort (bei erster Anmeldung \xc3\xa4ndern): [SECRET]\nWLAN \"HL-Staff\": [SECRET]  (siehe Empfang)\n"
   "Cl\xc3\xa9 partag\xc3\xa9" "e VPN: [SECRET]\ndb password for the sandbox is still [SECRET]"},
  {"Password rules (see intranet): at least 12 characters\nWLAN \"Gast\": siehe Empfang\nthe password is still wrong",
   "Password rules (see intranet): at least 12 characters\nWLAN \"Gast\": siehe Empfang\nthe password is still wrong"},
  {"SASL LOGIN authentication failed: UGFzc3dvcmQ6", "SASL LOGIN authentication failed: UGFzc3dvcmQ6"},
  {"\"Group\",\"Title\",\"Username\",\"Password\",\"URL\"\n\"Root\",\"Netflix\",\"gb\",\"Granite.7133@h\",\"https://www.netflix.com/login\"",
   "\"Group\",\"Title\",\"Username\",\"Password\",\"URL\"\n\"Root\",\"Netflix\",\"gb\",\"[SECRET]\",\"https://www.netflix.com/login\""},
  {"Email Address [Required],Password [Required],Org Unit Path [Required]\nd.sasaki,Tangerine3101#e,/Staff",
   "Email Address [Required],Password [Required],Org Unit Path [Required]\nd.sasaki,[SECRET],/Staff"},
  {"$ redis-cli -h cache1 -a '3Zxt$$lBEjDPBhUKlfww' info\nCREATE USER 'app'@'%' IDENTIFIED BY 'Limonada1760-m';\nthe user is identified by their badge number",
   "$ redis-cli -h cache1 -a '[SECRET]' info\nCREATE USER 'app'@'%' IDENTIFIED BY '[SECRET]';\nthe user is identified by their badge number"},
  /* a secret said again later, without its label (not inside a longer
   * word; a lower-case word of under 16 letters is not remembered); MySQL's
   * IDENTIFIED WITH <plugin> BY; a framework's salt; a place between the
   * password word and its copula */
  {"wpa_passphrase=Limonada5619\nI set it to Limonada5619 but xLimonada5619 and Limonada56190 differ",
   "wpa_passphrase=[SECRET]\nI set it to [SECRET] but xLimonada5619 and Limonada56190 differ"},
  {"password: sunshine\nthe sunshine was nice\npsk=\"Papillon1593*p\"\nla puse en Papillon1593*p, sin suerte",
   "password: [SECRET]\nthe sunshine was nice\npsk=\"[SECRET]\"\nla puse en [SECRET], sin suerte"},
  /* ... and said before its label, however far before */
  {"I set it to Kiraz4388 but the printer won't join.\n\n(a long paste follows, longer than the scan's look-back of 192 bytes, so that the value is resolved at the message's end and not while the scan passes it: lorem ipsum dolor sit amet, consectetur adipiscing elit)\nWIFI:T:WPA;S:MINATO-GUEST;P:Kiraz4388;H:false;;",
   "I set it to [SECRET] but the printer won't join.\n\n(a long paste follows, longer than the scan's look-back of 192 bytes, so that the value is resolved at the message's end and not while the scan passes it: lorem ipsum dolor sit amet, consectetur adipiscing elit)\nWIFI:T:WPA;S:MINATO-GUEST;P:[SECRET];H:false;;"},
  {"ALTER USER 'root'@'localhost' IDENTIFIED WITH caching_sha2_password BY 'Pastel3012=d';\nSELECT plugin FROM mysql.user WHERE plugin = 'caching_sha2_password'",
   "ALTER USER 'root'@'localhost' IDENTIFIED WITH caching_sha2_password BY '[SECRET]';\nSELECT plugin FROM mysql.user WHERE plugin = 'caching_sha2_password'"},
  {"$settings['hash_salt'] = '_uFxO6qTkim_5sPRRPLIcXaoaUzZawxZU2HbWe8EFNGLE-y05wbak89';\npassword_salt: 16\nhash_salt = 'put your unique phrase here'",
   "$settings['hash_salt'] = '[SECRET]';\npassword_salt: 16\nhash_salt = 'put your unique phrase here'"},
  {"Break-glass for the core switch (change after use!): admin / corvette-rhubarb-anvil-trellis-78\nroot / WkUgQD+7g7Mn52FuTC\nthe admin / user split is fine\nRoles: admin / editor / viewer",
   "Break-glass for the core switch (change after use!): admin / [SECRET]\nroot / [SECRET]\nthe admin / user split is fine\nRoles: admin / editor / viewer"},
  /* a credentials file shown whole under its name (OpenVPN's
   * auth-user-pass); not another file's two lines; a PEM armour line */
  {"-----END OpenVPN Static key V1-----\n\ncreds.txt:\nremote.support\nTulpenveld1880?a\n\n$ cat /etc/openvpn/auth.txt\nbranch-router\nBluebell_9041=u\n$ cat notes.txt\nhello\nWorld2024!",
   "-----END OpenVPN Static key V1-----\n\ncreds.txt:\nremote.support\n[SECRET]\n\n$ cat /etc/openvpn/auth.txt\nbranch-router\n[SECRET]\n$ cat notes.txt\nhello\nWorld2024!"},
  /* labels that name a secret in words, also with a note before the
   * colon; a value on the line after its label; the admin's password
   * wrapped onto the next line; not netsh's "Security key : Present" */
  {"Pre-Shared Key: VVPcRFRozSEDnFlm\nCommunaut\xc3\xa9 SNMP: 1dgn6xciozz8\nCl\xc3\xa9 de s\xc3\xa9" "curit\xc3\xa9 Wi-Fi: f785dq5s7wkv\nWLAN-Netzwerkschl\xc3\xbcssel (WPA2): bluebottle$5010\n    Security key           : Present",
   "Pre-Shared Key: [SECRET]\nCommunaut\xc3\xa9 SNMP: [SECRET]\nCl\xc3\xa9 de s\xc3\xa9" "curit\xc3\xa9 Wi-Fi: [SECRET]\nWLAN-Netzwerkschl\xc3\xbcssel (WPA2): [SECRET]\n    Security key           : Present"},
  /* a wallet's recovery phrase of 12 words after its words; a password of
   * the usual shape said where the message talks of logging in; not a
   * connection string's key, not eleven words */
  {"I typed my 12 words into their form: auto analyst attack anchor approve anger awkward arrange admit almost aspect actual. Was that it?\n"
   "when I log into the app. I am typing Velvet#1291 which is definitely right\n"
   "Data Source=172.24.139.124;Initial Catalog=x\nthe 12 words were: one two three",
   "I typed my 12 words into their form: [SECRET]. Was that it?\n"
   "when I log into the app. I am typing [SECRET] which is definitely right\n"
   "Data Source=[IP];Initial Catalog=x\nthe 12 words were: one two three"},
  {"I love Paris#2024 and the Louvre", "I love Paris#2024 and the Louvre"},
  /* a router's sticker: a key of digit groups, the admin's password in
   * French and Polish, a guest network's name and key; not a network's
   * name with a floor, nor an order's number */
  {"Cl\xc3\xa9 de s\xc3\xa9" "curit\xc3\xa9 Wi-Fi: 1669 5899 9670 1362 9709\nMot de passe admin: 97k62bk7\n"
   "Klucz sieci Wi-Fi: v3r8wv48b546\nGuest Wi-Fi: GUEST-PB / 0660 4213 6574 4517 9100\n"
   "Gastenwifi: GUEST-RN / kingfisher*4034x\nWi-Fi: Office / 5th floor\nOrder number: 1234 5678 9012 3456",
   "Cl\xc3\xa9 de s\xc3\xa9" "curit\xc3\xa9 Wi-Fi: [SECRET]\nMot de passe admin: [SECRET]\n"
   "Klucz sieci Wi-Fi: [SECRET]\nGuest Wi-Fi: GUEST-PB / [SECRET]\n"
   "Gastenwifi: GUEST-RN / [SECRET]\nWi-Fi: Office / 5th floor\nOrder number: 1234 5678 9012 3456"},
  {"aws_secret_access_key =\nXpx46mbQcWs7tpv27Tj/2v3nfY8314P6fuOvbP8J\nFirewall-Admin: https://example.net:8443  admin /\nbrombeere!810Z\nNetwork key: see the sticker",
   "aws_secret_access_key =\n[SECRET]\nFirewall-Admin: https://example.net:8443  admin /\n[SECRET]\nNetwork key: see the sticker"},
  /* a URL's documented example ("user:password@localhost") is no one's
   * password, and its port and path are none; a real one is hidden */
  {"DB_URL=postgres://user:password@localhost:5432/app\nDB_URL=postgres://app:s3cr3tPW@db:5432/app",
   "DB_URL=postgres://user:password@localhost:5432/app\nDB_URL=postgres://app:[SECRET]@db:5432/app"},
  {"la password del wifi in ufficio è U19ErhRxLIymiET19vs\nthe wifi password at the office is Tr0ub4dor&3y\nthe password for the router is down again\nthe password in the vault is rotated weekly",
   "la password del wifi in ufficio è [SECRET]\nthe wifi password at the office is [SECRET]\nthe password for the router is down again\nthe password in the vault is rotated weekly"},
  /* Wi-Fi: the network and its password after a few words, a QR code's
   * text; "pw is"; an authenticator's setup key in groups; aws
   * configure's prompts; a session cookie; mcrcon's -p; a short name
   * before '=' in a secret's value */
  {"guest wifi is Gaeste / L6ZmSTt2@jv2BSwE95+KX if anyone asks\nGäste-WLAN ist MINATO-MTG / cactus_gondola_pylon_56, falls jemand fragt\nthe wifi is down / router restarted",
   "guest wifi is Gaeste / [SECRET] if anyone asks\nGäste-WLAN ist MINATO-MTG / [SECRET], falls jemand fragt\nthe wifi is down / router restarted"},
  {"WIFI:T:WPA;S:Norrsken;P:CedJ_nLVvASA;H:false;;\noffice wifi pw is 3eRDDRBfnj4XO (the 5G one)\nthe pw is too short",
   "WIFI:T:WPA;S:Norrsken;P:[SECRET];H:false;;\noffice wifi pw is [SECRET] (the 5G one)\nthe pw is too short"},
  {"Setup key (if you can't scan): J66W 3RXE DHEU G6ZT\nthe setup key is in the box",
   "Setup key (if you can't scan): [SECRET]\nthe setup key is in the box"},
  {"AWS Secret Access Key [None]: KktxthmkrPQUYEHOTHdyZfKbBqND5sPAyr8gj8U7\nDefault region name [None]: eu-central-1",
   "AWS Secret Access Key [None]: [SECRET]\nDefault region name [None]: eu-central-1"},
  {"< set-cookie: PHPSESSID=433wqepgic0spnhw9zi1lflnmjctiaet; Path=/\n$ mcrcon -H mc1 -P 25575 -p 'd^8ms0qIqe0L0LBwM8EkWr4aB' list\nJWT_SECRET=GZ=8NkuIlqdROwI",
   "< set-cookie: PHPSESSID=[SECRET]; Path=/\n$ mcrcon -H mc1 -P 25575 -p '[SECRET]' list\nJWT_SECRET=[SECRET]"},
  /* a 15-digit "49..." (an IMEI: Visa has 13, 16 or 19 digits); public
   * DNS resolvers; systemd units; a service account on a private
   * network's host (not a person's there, not a role's mailbox at a public
   * domain) */
  {"A-13775,iPhone 15,PFJN9KTZ,494091015167820,b8:87:38:3c:5a:45", "A-13775,iPhone 15,PFJN9KTZ,494091015167820,b8:87:38:3c:5a:45"},
  {"nameserver 8.8.8.8\nnameserver 2606:4700:4700::1111\nnameserver 9.9.9.9\nnameserver 10.0.3.1",
   "nameserver 8.8.8.8\nnameserver 2606:4700:4700::1111\nnameserver 9.9.9.9\nnameserver [IP]"},
  /* a documentation range's address under a test's or an example's word
   * is no one's; without one it stays an address; 1 January 1900 is a
   * record system's unknown birth date */
  {"TEST_CLIENT=203.0.113.250\nsynthetic check ip=192.0.2.10 ok\npeer_example: 198.51.100.23\n"
   "login from 203.0.113.77\nTEST_PATIENT_DOB=1900-01-01\nPID|1||T-1^^^FAC^MR||||19000101|U\nDOB: 1900-01-02",
   "TEST_CLIENT=203.0.113.250\nsynthetic check ip=192.0.2.10 ok\npeer_example: 198.51.100.23\n"
   "login from [IP]\nTEST_PATIENT_DOB=1900-01-01\nPID|1||T-1^^^FAC^MR||||19000101|U\nDOB: [DOB]"},
  {"\xe2\x97\x8f postgresql@16-main.service - PostgreSQL Cluster", "\xe2\x97\x8f postgresql@16-main.service - PostgreSQL Cluster"},
  {"TARGET: deploy@web01.prod.internal\nmaria.lopez@web01.prod.internal", "TARGET: deploy@web01.prod.internal\n[EMAIL]"},
  /* a placeholder's word only as a word is written ("NUlL" inside
   * base64 is none); a note after the label's adjective; keytool's
   * -storepass, az login's -p; a one-time link's token (not a product's
   * id) */
  {"api_key: LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQptV0l5eXpjRGROanRxQkxXQXBUc3diZE9XVDNBNUlLNDlZ\napi_key: null",
   "api_key: [SECRET]\napi_key: null"},
  {"Contraseña inicial (comunicada por teléfono, debe cambiarse): Vulcano-9051",
   "Contraseña inicial (comunicada por teléfono, debe cambiarse): [SECRET]"},
  {"keytool -importcert -alias ca -keystore t.jks -storepass Tanuki_5839 -noprompt\n$ az login --service-principal -u app -p tjaZLA8QjxHg8dmEgOoZH5YSB4Wwm3.Z7 --tenant t",
   "keytool -importcert -alias ca -keystore t.jks -storepass [SECRET] -noprompt\n$ az login --service-principal -u app -p [SECRET] --tenant t"},
  {"click https://id.example.com/verify?t=D0FMY0OzhCG0ghu68u5PTcToID43s_-xTyUdR\nhttps://shop.example.com/products?id=AB12cd34EF56gh78IJ90kl",
   "click https://id.example.com/verify?t=[SECRET]\nhttps://shop.example.com/products?id=AB12cd34EF56gh78IJ90kl"},
  {"ansible_password=Sjobod=451", "ansible_password=[SECRET]"},
  {"\"Password\": \"BjotI%s~gNSh7JNQE2Ly6eISPd\"", "\"Password\": \"[SECRET]\""},
  {"password: \"$2a$11$BHN5c0Slgwg2PrHsN8hV0aalmhvH1z4r4V0Blcg19pA9OGkfQw6RX\"",
   "password: \"$2a$11$BHN5c0Slgwg2PrHsN8hV0aalmhvH1z4r4V0Blcg19pA9OGkfQw6RX\""},
  {"userPassword: {SSHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g=", "userPassword: {SSHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g="},
  {"$ vault kv get -field=password secret/prod/db", "$ vault kv get -field=password secret/prod/db"},
  {"SESSION_SECRET=generate-with-openssl-rand-hex-32\nSTRIPE_SECRET_KEY=sk_live_\xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2",
   "SESSION_SECRET=generate-with-openssl-rand-hex-32\nSTRIPE_SECRET_KEY=sk_live_\xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2"},
  {"PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nPrivate-Lines: 1\nAAAAIFd0\nPrivate-MAC: 209eba91\nafter",
   "[SECRET]\nafter"},
  {"$ sqlplus hr_app/vVCszPtKbeub@//db1:1521/ORCLPDB1\nSQL> connect to the database", "$ sqlplus hr_app/[SECRET]@//db1:1521/ORCLPDB1\nSQL> connect to the database"},
  {"[smtp.office365.com]:587 thillt@reding-sarl.lu:Harmattan#9398\n[I ServerApp] http://127.0.0.1:8888/lab",
   "[smtp.office365.com]:587 [EMAIL]:[SECRET]\n[I ServerApp] http://127.0.0.1:8888/lab"},
  {".bank.mu\tTRUE\t/\tTRUE\t1775075494\tsessionid\txucab0bbjoe8div9bs1aqix1ktenk10f\n.bank.mu\tTRUE\t/\tFALSE\t1775075494\t_ga\tGA1.1.725292557.1757418932",
   ".bank.mu\tTRUE\t/\tTRUE\t1775075494\tsessionid\t[SECRET]\n.bank.mu\tTRUE\t/\tFALSE\t1775075494\t_ga\tGA1.1.725292557.1757418932"},
  {"-----BEGIN USER NKEY SEED-----\nSUEO346IIBD56P5QSASJVCTMKMGPRZOXE3G3ECDQY3AY2262OBKZ7A23OB\n------END USER NKEY SEED------",
   "-----BEGIN USER NKEY SEED-----\n[SECRET]\n------END USER NKEY SEED------"},
  {"otpauth://totp/Example:anna?secret=Y6DS3LLNLVEQIWYK7N62MTQSQQ7RNLJU&issuer=Example",
   "otpauth://totp/Example:anna?secret=[SECRET]&issuer=Example"},
  {"smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd", "smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd"},
  /* XML elements with attributes or a <Value> inside, KeePass's pairs;
   * wallet import format keys (not addresses); 64 hex digits after a
   * private-key word (not a transaction hash); node providers' URL keys and
   * Teams webhooks (not their other URLs); more providers' prefixes */
  {"      <Pass encoding=\"base64\">U2FyYWpldm8jMzQ5</Pass>\n        <AdministratorPassword>\n          <Value>Issyk#1353!</Value>\n<String><Key>Password</Key><Value ProtectInMemory=\"True\">Cacao%1179!</Value></String>\n<String><Key>UserName</Key><Value>kiosk-admin</Value></String>",
   "      <Pass encoding=\"base64\">[SECRET]</Pass>\n        <AdministratorPassword>\n          <Value>[SECRET]</Value>\n<String><Key>Password</Key><Value ProtectInMemory=\"True\">[SECRET]</Value></String>\n<String><Key>UserName</Key><Value>kiosk-admin</Value></String>"},
  {"importprivkey KwiwZ8jcTYkgXFfadQe4wbnjsYsqCRGpssvQBVTDKqEQdez9p92q label\nAddress 1BoatSLRHtKNngkdXEeobR76b53LETtpyT",
   "importprivkey [SECRET] label\nAddress 1BoatSLRHtKNngkdXEeobR76b53LETtpyT"},
  {"accounts: [\"0x1939ddf1f2a4392248717fb23a74b8127b9625baef3be02223d6466251d08582\"]\ntx 0x7b02c4e9a1d35f68e0b9c2a4d7f1e3b5c6a8d0f2e4b6c8a0d2f4e6b8c0a2d4e6 confirmed\n$ cat /etc/zabbix/agent.psk\na8c84935e7b37f0f0abb26ecfca8209647ddfc4ca3ca977802d78a02e44384dc",
   "accounts: [\"[SECRET]\"]\ntx 0x7b02c4e9a1d35f68e0b9c2a4d7f1e3b5c6a8d0f2e4b6c8a0d2f4e6b8c0a2d4e6 confirmed\n$ cat /etc/zabbix/agent.psk\n[SECRET]"},
  {"url: \"https://polygon-mainnet.infura.io/v3/03300259a4910c9bce917f830c452726\"\nhttps://example.webhook.office.com/webhookb2/d265a788-e1fc-4874-a2a0-bd93895e7e4d@cd87d8c0-926b-4668-b065-52caa395bf73/IncomingWebhook/175a35d503f707413a2999b9a8ecd240/fab939a1-54bf-411f-b33e-393bf39e3531\nhttps://www.infura.io/v3/docs and https://outlook.office.com/mail/",
   "url: \"https://polygon-mainnet.infura.io/v3/[SECRET]\"\n[SECRET]\nhttps://www.infura.io/v3/docs and https://outlook.office.com/mail/"},
  /* more providers' documented shapes (random bodies); a word that only
   * starts like one ("do", "square", "show", "python") */
  {"doctl auth init -t dop_v1_798f6ed713039ea783d82a42a815d444357a5f3ad5c2e3afd3e9d7225094ae57\n"
   "SONAR_LOGIN = 'squ_1819b0e783984c7eb3f4c06e314060698bf2d4fc'\nNRAK-C3EITBYCC1PM82WMZ22F08SCXTG\n"
   "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 PMAK-8ed29ca9cc3b1df7f54056f6-32c55265e8399a49bfa854bbee9486dcb7\n"
   "vault login hvs.CAESIskksWXyZrWKvg_sSdY0BkVRSOcMx8rtflevW6BKW0gcp\n"
   "ntn_igmgKoDjkfTcf47CbvwXklVD39cBvhepy9DRkzqKgxYWW8\n"
   "echo 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 | gh auth\n"
   "SECRET_KEY = 'django-insecure-2ftuop=0e=tm-=3fcy3u-5vcqkzzf=jc2flb-ygtdqu!i8vytr'\n"
   "do a square show of python do_v1 sq_x shp_",
   "doctl auth init -t [SECRET]\nSONAR_LOGIN = '[SECRET]'\n[SECRET]\n[SECRET] [SECRET]\nvault login [SECRET]\n[SECRET]\n"
   "echo [SECRET] | gh auth\nSECRET_KEY = '[SECRET]'\ndo a square show of python do_v1 sq_x shp_"},
  {"r8_bZJRzkOKTDzdab54prezaJfoex2j53nbRRh94 dckr_pat_Luft0JKzGeKyDbmP4-Fdt_PE0Rj LTAIEkRpX2M9GlrzSWGqtKjR\nLTAI is short and r8_ too",
   "[SECRET] [SECRET] [SECRET]\nLTAI is short and r8_ too"},

  {"\"auth\": \"Y2ktYm90Omdoc18wMjJkSmVQOVpVOHUzRGZrWUszWVBCNlA4aDZBazhHOGdiVjc=\"",
   "\"auth\": \"[SECRET]\""},
  {"PrivateKey = erkxp35Zsy9DJzfCe4qw3Wqwki1JDmlbWdLoDH5s6ko=", "PrivateKey = [SECRET]"},
  {"PublicKey = erkxp35Zsy9DJzfCe4qw3Wqwki1JDmlbWdLoDH5s6ko=",
   "PublicKey = erkxp35Zsy9DJzfCe4qw3Wqwki1JDmlbWdLoDH5s6ko="},
  {"proxy_set_header Authorization \"Basic YWRtaW46UWkwal9WQnJCSUZyZA==\";",
   "proxy_set_header Authorization \"Basic [SECRET]\";"},
  {"Basic instructions apply", "Basic instructions apply"},
  /* YAML name/value items: the value of the item that names a secret */
  {"env:\n  - name: DB_PASSWORD\n    value: \"s3cr3tPassw0rd!\"\n  - name: LOG_LEVEL\n    value: debug",
   "env:\n  - name: DB_PASSWORD\n    value: \"[SECRET]\"\n  - name: LOG_LEVEL\n    value: debug"},
  {"envVars:\n  - key: RENDER_API_KEY\n    value: rnd_8FYj0tFgPR8yOzfru5KJVS0SuzvD5aHF\n  - key: SESSION_SECRET\n    generateValue: true",
   "envVars:\n  - key: RENDER_API_KEY\n    value: [SECRET]\n  - key: SESSION_SECRET\n    generateValue: true"},
  /* PHP: define() and arrays */
  {"define( 'DB_USER', 'wpuser' );\ndefine( 'DB_PASSWORD', 'Azul$2845!' );",
   "define( 'DB_USER', 'wpuser' );\ndefine( 'DB_PASSWORD', '[SECRET]' );"},
  {"'adyen' => ['api_key' => 'AQEXPrBC1pjQa=-UGIsbWhnVrNYS9cytxFmSt+dO0Isnz6L+GV+gkvu=-1BE6fo6hVwYep3jbCOMy'],",
   "'adyen' => ['api_key' => '[SECRET]'],"},
  /* tables: a row's key, a column's header */
  {"| API key | X0aM6ENNaCqdElbbJszT2OD |\n| Region | eu-west-2 |",
   "| API key | [SECRET] |\n| Region | eu-west-2 |"},
  {"| Registry | User | Secret |\n|---|---|---|\n| quay.io | kernow+ci_pull | NYUIU7WG36ZYCWAZHZPTQ7PF |",
   "| Registry | User | Secret |\n|---|---|---|\n| quay.io | kernow+ci_pull | [SECRET] |"},
  /* e-mail domains of countries whose code is a file extension too; an
   * address and its password; a git remote and a host's port stay */
  {"Email: marko@posta.rs and ana@cloud.md, pedro@correo.com.py\nicon@2x.png logo@2x.md README.md setup.py",
   "Email: [EMAIL] and [EMAIL], [EMAIL]\nicon@2x.png logo@2x.md README.md setup.py"},
  {"git@github.com:org/repo.git\nssh root@db.example.com:22\nanna@example.com:~/x",
   "git@github.com:org/repo.git\nssh root@db.example.com:22\nanna@example.com:~/x"},
  /* a DSN's key (its URL's user), pgbouncer's userlist (not its stored
   * hashes), an API key as curl's user, x11vnc's -passwd */
  {"Sentry.init({ dsn: \"https://8ca1f8f5495890dd9da8ba1108e67786@o4321988.ingest.de.sentry.io/3774435\" });",
   "Sentry.init({ dsn: \"https://[SECRET]@o4321988.ingest.de.sentry.io/3774435\" });"},
  {"$ cat /etc/pgbouncer/userlist.txt\n\"reporting\" \"Masha@4400?\"\n\"app\" \"md5d0b6a5c5b1a8c3f4e3b2a1c0d9e8f7a6\"",
   "$ cat /etc/pgbouncer/userlist.txt\n\"reporting\" \"[SECRET]\"\n\"app\" \"md5d0b6a5c5b1a8c3f4e3b2a1c0d9e8f7a6\""},
  {"curl -s https://api.segment.io/v1/track -u D3QdbLq8Oua2WsBxLIr9ds2KEqW3JCki: -d x\ncurl -u admin: http://x",
   "curl -s https://api.segment.io/v1/track -u [SECRET]: -d x\ncurl -u admin: http://x"},
  {"x11vnc -forever -shared -rfbport 5900 -passwd Ujang&3531x", "x11vnc -forever -shared -rfbport 5900 -passwd [SECRET]"},
  /* netsh wlan show profile key=clear */
  {"    Key Content            : Halcrow&7197\n    Description            : token for the CI",
   "    Key Content            : [SECRET]\n    Description            : token for the CI"},
  /* a config's key naming an app's or a site's name keeps its value (stop
   * 56) */
  {"APP_NAME=\"Grace Church\"\nSITE_NAME=\"Lamplight Pantry\"\n",
   "APP_NAME=\"Grace Church\"\nSITE_NAME=\"Lamplight Pantry\"\n"},
};

static void test_secrets_in_configuration_files(void **state)
{
  (void)state;
  RUN(configs);
}

static void test_a_credentials_export_name_column(void **state)
{
  (void)state;
  RUN(columns);
}

static void test_amounts_times_and_meters_are_no_phones(void **state)
{
  (void)state;
  RUN(numbers);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_brands_works_and_places_named_after_people),
      cmocka_unit_test(test_camel_case_words_are_no_names),
      cmocka_unit_test(test_things_systems_and_days_are_no_names),
      cmocka_unit_test(test_a_credentials_export_name_column),
      cmocka_unit_test(test_secrets_in_configuration_files),
      cmocka_unit_test(test_amounts_times_and_meters_are_no_phones),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
