/* Unit tests for the national forms added in stop 27: identity numbers of
 * Belgium, Denmark, Norway, Finland, the Czech Republic, Poland, Sweden and
 * Turkey with their words and checks (a wrong check digit beside each),
 * birth words and phone words of more languages, and the words that name
 * a password in more places. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "redact_cases.h"

static const struct tc ids[] = {
  /* identity numbers after their document's label, without a check
   * (gov_id_label.c), in many languages and scripts; a column named for
   * one; what such labels also precede stays */
  {"IDNP: 2001156406234", "IDNP: [ID]"},
  /* German identity cards and travel documents, a document's English
   * name, a record's key in JSON and in psql's expanded display, Ukraine's
   * tax number; a record's "id" in JSON stays (stop 46) */
  {"Hannelore, Ausweis-Nr. ZT420899, Tel.\nnational identification document TN1448217, has\n"
   "national_id   | 351-737-796\n{\"national_id\":\"63040640183\"}\n13. Nummer des Reisedokuments: 875139626\n"
   "\xd0\x86\xd0\x9f\xd0\x9d \xd0\xb4\xd0\xbb\xd1\x8f \xd0\xb4\xd0\xbe\xd0\xb3\xd0\xbe\xd0\xb2\xd0\xbe\xd1\x80\xd1\x83: 2485357672\n"
   "{\"id\":\"12345678\"}",
   "Hannelore, Ausweis-Nr. [ID], Tel.\nnational identification document [ID], has\n"
   "national_id   | [ID]\n{\"national_id\":\"[ID]\"}\n13. Nummer des Reisedokuments: [ID]\n"
   "\xd0\x86\xd0\x9f\xd0\x9d \xd0\xb4\xd0\xbb\xd1\x8f \xd0\xb4\xd0\xbe\xd0\xb3\xd0\xbe\xd0\xb2\xd0\xbe\xd1\x80\xd1\x83: [ID]\n"
   "{\"id\":\"12345678\"}"},
  /* a driving licence's number after its label in Italian, French, Dutch,
   * Russian, English and Korean forms and under a fleet's column; a
   * building permit, a licence's category and year, a policy number and a
   * word that ends in the label stay (stop 46) */
  {"Patente n.: BG4828796Z\nCompagnia: Verti", "Patente n.: [ID]\nCompagnia: Verti"},
  {"N\xc2\xb0 de permis : 952003521919", "N\xc2\xb0 de permis : [ID]"},
  {"Rijbewijsnummer: 5079487563", "Rijbewijsnummer: [ID]"},
  {"\xd0\x92\xd0\xa3: 88 39 088296", "\xd0\x92\xd0\xa3: [ID]"},
  {"| DL # | S8021145 |", "| DL # | [ID] |"},
  {"\xec\x9a\xb4\xec\xa0\x84\xeb\xa9\xb4\xed\x97\x88\xeb\xb2\x88\xed\x98\xb8: 13-17-267078-46",
   "\xec\x9a\xb4\xec\xa0\x84\xeb\xa9\xb4\xed\x97\x88\xeb\xb2\x88\xed\x98\xb8: [ID]"},
  {"nr;fuehrerschein_nr;kennzeichen\n1;N1475X14L22;KS-G 8411", "nr;fuehrerschein_nr;kennzeichen\n1;[ID];KS-G 8411"},
  {"nr,dl_no,vehicle_no\n1,MH45 20097792855,KA 43 GB 192", "nr,dl_no,vehicle_no\n1,[ID],KA 43 GB 192"},
  {"Permis de construire n\xc2\xb0 PC 075 112 24 V0012", "Permis de construire n\xc2\xb0 PC 075 112 24 V0012"},
  {"Permis : B depuis 2005", "Permis : B depuis 2005"},
  {"Rijbewijs sinds: 2012", "Rijbewijs sinds: 2012"},
  {"Polizza n.: 123456789", "Polizza n.: 123456789"},
  {"\xd0\x92\xd0\xa3\xd0\x97: 88 39 088296", "\xd0\x92\xd0\xa3\xd0\x97: 88 39 088296"},
  {"Beneficiario/a: Ana\nDUI: 17887537-3", "Beneficiario/a: [NAME]\nDUI: [ID]"},
  /* more documents' labels and columns */
  {"1. Гасиев Казбек Сергеевич; 08.09.2001; паспорт 90 14 981016;", "1. Гасиев Казбек Сергеевич; 08.09.2001; паспорт [ID];"},
  {"NIK ibu 3273186811950646\nSSS No.: 27-3461747-2\nEPIC No. WWD3436507",
   "NIK ibu [ID]\nSSS No.: [ID]\nEPIC No. [ID]"},
  {"Adı | IDNP | Aarlık\nIvan Uzun | IDNP 2397578985401 | 526 kg",
   "Adı | IDNP | Aarlık\n[NAME] | IDNP [ID] | 526 kg"},
  /* Peru's DNI is eight digits; Spain's has its letter and its check */
  {"DNI 31678295", "DNI [ID]"},
  {"Nombre | DNI | Turno\nTeófilo Mamani | 31678295 | 3", "Nombre | DNI | Turno\n[NAME] | [ID] | 3"},
  {"رقم الهوية: 784-1960-0152696-9", "رقم الهوية: [ID]"},
  {"Owner: Onthatile Sebego   Omang: 456322764", "Owner: [NAME]   Omang: [ID]"},
  /* a passport's machine-readable zone, when its check digits hold */
  {"P<PLWNGIRMANG<<SANTOS<<<<<<<<<<<<<<<<<<<<<<<\n3V52086689PLW7710171M3105168<<<<<<<<<<<<<<08",
   "P<PLW[NAME]<<[NAME]<<<<<<<<<<<<<<<<<<<<<<<\n[ID]9PLW[DOB]1M3105168<<<<<<<<<<<<<<08"},
  {"P<PLWNGIRMANG<<SANTOS<<<<<<<<<<<<<<<<<<<<<<<\n3V52086680PLW7710171M3105168<<<<<<<<<<<<<<08",
   "P<PLWNGIRMANG<<SANTOS<<<<<<<<<<<<<<<<<<<<<<<\n3V52086680PLW7710171M3105168<<<<<<<<<<<<<<08"},
  /* an airline booking: its name element and its travel document (SSR
   * DOCS); ICAO's specimen state UTO and a training name are none */
  {"RP/LON1A0980/\n  1.MAQUINCOC/MARCOS MR\n  6 SSR DOCS YY HK1 P/CAN/V0643191/NAM/17JUL73/M/05JAN30/MAQUINCOC/MARCOS/P1",
   "RP/LON1A0980/\n  1.[NAME] MR\n  6 SSR DOCS YY HK1 P/CAN/[ID]/NAM/[DOB]/M/05JAN30/[NAME]/[NAME]/P1"},
  {"  1.TEST/PASSENGER MR\n  4 SSR DOCS YY HK1 P/UTO/L898902C3/UTO/12AUG74/F/15APR12",
   "  1.TEST/PASSENGER MR\n  4 SSR DOCS YY HK1 P/UTO/L898902C3/UTO/12AUG74/F/15APR12"},
  {"P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10",
   "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10"},
  /* India's ABHA and Indonesia's NPWP in their printed shapes; a version is none */
  {"ABHA 91-2282-6110-7240, NPWP 79.504.840.0-338.022", "ABHA [ID], NPWP [ID]"},
  {"version 91-2282-6110-7240-1", "version 91-2282-6110-7240-1"},
  /* France's numéro fiscal (SPI) after its label, with its check (the
   * first ten digits mod 511), also after the declarant's rank */
  {"Num\xc3\xa9ro fiscal d\xc3\xa9" "clarant 1 : 2017886860493\nNum\xc3\xa9ro fiscal : 0700177501192",
   "Num\xc3\xa9ro fiscal d\xc3\xa9" "clarant 1 : [ID]\nNum\xc3\xa9ro fiscal : 0700177501192"},
  /* Pakistan's CNIC by its shape (a province's digit 1-7) */
  {"3. Mehrnaz Zehri; 54400-8799993-8", "3. [NAME]; [ID]"},
  {"order 82345-1234567-1, ref 12345-1234567-12", "order 82345-1234567-1, ref 12345-1234567-12"},
  /* more countries' labels (Kenya's KRA PIN, not a secret, and its ID in
   * Swahili; Nigeria's BVN; the Philippines' TIN; driving licences in
   * German, Italian and Japanese; a French and a Polish identity paper)
   * after a form's column of spaces; the UAE's Emirates ID by its shape
   * and Luhn; a bare "ID" only in a block about a person or as "your ID" */
  {"KRA PIN:          A128001285N\nkitambulisho 35519717, namba\nBVN: 22764778585\nTIN: 410-866-082-000\n"
   "F\xc3\xbchrerschein-Nr.:     L74MCXHQ601E\nN. patente:          XX6701375X\n"
   "\xe9\x81\x8b\xe8\xbb\xa2\xe5\x85\x8d\xe8\xa8\xb1\xe8\xa8\xbc\xe7\x95\xaa\xe5\x8f\xb7\xef\xbc\x9a 751321845350\n"
   "Pi\xc3\xa8" "ce d'identit\xc3\xa9:  91DD02163\nSeria i nr dowodu:  LFM326423\nref 784-1998-5456334-5, 784-1998-5456334-4\n\n"
   "Phone:      0178 3326322\nID:         AB1234567\n\nOrder ID: 12345678\nID: 87654321\nYour ID 13291769 will be reported",
   "KRA PIN:          [ID]\nkitambulisho [ID], namba\nBVN: [ID]\nTIN: [ID]\n"
   "F\xc3\xbchrerschein-Nr.:     [ID]\nN. patente:          [ID]\n"
   "\xe9\x81\x8b\xe8\xbb\xa2\xe5\x85\x8d\xe8\xa8\xb1\xe8\xa8\xbc\xe7\x95\xaa\xe5\x8f\xb7\xef\xbc\x9a [ID]\n"
   "Pi\xc3\xa8" "ce d'identit\xc3\xa9:  [ID]\nSeria i nr dowodu:  [ID]\nref [ID], 784-1998-5456334-4\n\n"
   "Phone:      [PHONE]\nID:         [ID]\n\nOrder ID: 12345678\nID: 87654321\nYour ID [ID] will be reported"},
  /* a British driving licence's number by its shape and its birth date
   * (month plus 50 for a woman); not a month 34 or 13 */
  {"5. TRELO661028M99SB  13\nlicence MORGA753116SM9IJ\nbuild ABCDE123456FG7HI, ABCDE991356FG7HI",
   "5. [ID]  13\nlicence [ID]\nbuild ABCDE123456FG7HI, ABCDE991356FG7HI"},
  /* cells under more countries' id columns; a school's "ID number" is none */
  {"Name,Phone,ID No.\nTjinaa Tjiho,061 386 545,64020696559",
   "Name,Phone,ID No.\n[NAME],[PHONE],[ID]"},
  {"| Name | UAN |\n|---|---|\n| Anita Devi | 100893589484 |",
   "| Name | UAN |\n|---|---|\n| [NAME] | [ID] |"},
  {"First name,Surname,ID number\nMetka,Novak,S6207730", "First name,Surname,ID number\n[NAME],[NAME],S6207730"},
  {"certifica que la señora, con cédula 4-364-4946, trabajó", "certifica que la señora, con cédula [ID], trabajó"},
  {"déclare avoir perdu ma CNIB n° B75826175 le 3 mars", "déclare avoir perdu ma CNIB n° [ID] le 3 mars"},
  {"Civil ID / Iqama / passport: 26335654241", "Civil ID / Iqama / passport: [ID]"},
  {"नागरिकता नं.: 43-07-69-33779", "नागरिकता नं.: [ID]"},
  {"ಆಧಾರ್ ಸಂಖ್ಯೆ: 2636 0888 9771", "ಆಧಾರ್ ಸಂಖ್ಯೆ: [ID]"},
  {"澳門居民身份證：7422575(3)", "澳門居民身份證：[ID]"},
  {"Pasport: I-AŞ 513519", "Pasport: [ID]"},
  {"Gebuertsdatum: 15.06.1966\nMatricule: 1966061570105", "Gebuertsdatum: [DOB]\nMatricule: [ID]"},
  {"Name | NIC | Items\nAli Zahir | A684467 | raincoat", "Name | NIC | Items\n[NAME] | [ID] | raincoat"},
  {"Matricule : 826585\nLicense: MIT\nInspector (licence HI-78710)\nID number: pending",
   "Matricule : 826585\nLicense: MIT\nInspector (licence HI-78710)\nID number: pending"},
  {"Health card: valid until 12.03.2027", "Health card: valid until 12.03.2027"},
  {"N° national : 80.02.27-854.30", "N° national : [ID]"},
  /* a label's qualifier before its colon ("the pupil's NIF", "the
   * child's SNILS") */
  {"NIF do aluno: 372 678 874\n\xd0\xa1\xd0\x9d\xd0\x98\xd0\x9b\xd0\xa1 \xd1\x80\xd0\xb5\xd0\xb1\xd1\x91\xd0\xbd\xd0\xba\xd0\xb0: 455-138-360 84",
   "NIF do aluno: [ID]\n\xd0\xa1\xd0\x9d\xd0\x98\xd0\x9b\xd0\xa1 \xd1\x80\xd0\xb5\xd0\xb1\xd1\x91\xd0\xbd\xd0\xba\xd0\xb0: [ID]"},
  /* SE and BE numbers after a person's name the gazetteer knows, without
   * their word; an order's number stays */
  {"S\xc3\xb6kande: Saga Nordin, 19741106-3980\nMarthe Goossens, 22.07.19-850.90\nOrder 20160227-8440",
   "S\xc3\xb6kande: [NAME], [ID]\n[NAME], [ID]\nOrder 20160227-8440"},
  {"Thibault Goossens, rijksregisternr. 80.02.16-533.02", "[NAME], rijksregisternr. [ID]"},
  {"N° national : 80.02.27-854.31", "N° national : 80.02.27-854.31"},
  {"Fødselsnummer: 150259 39538", "Fødselsnummer: [ID]"},
  {"Fødselsnummer: 150259 39539", "Fødselsnummer: 150259 39539"},
  {"CPR-nr. 070867-4850", "CPR-nr. [ID]"},
  {"CPR-nr. 320867-4850", "CPR-nr. 320867-4850"},
  {"Henkilötunnus: 040356-722R", "Henkilötunnus: [ID]"},
  {"Henkilötunnus: 040356-722S", "Henkilötunnus: 040356-722S"},
  {"r. č. 020221/1471", "r. č. [ID]"},
  {"r. č. 020221/1472", "r. č. 020221/1472"},
  {"Davacı (TC: 22050493656)", "Davacı (TC: [ID])"},
  /* after their own label (gov_id_more.c), a wrong check beside each */
  {"CNP: 6060910511000", "CNP: [ID]"},
  {"CNP: 6060910511001", "CNP: 6060910511001"},
  {"Kennitala: 151098-5769", "Kennitala: [ID]"},
  {"Kennitala: 0903032951", "Kennitala: 0903032951"},
  {"NAS : 301-859-492", "NAS : [ID]"},
  {"SIN: 486313488", "SIN: 486313488"},
  {"CUIL: 20-27927650-8", "CUIL: [ID]"},
  {"CUIL: 20-27927650-7", "CUIL: 20-27927650-7"},
  {"Versichertennummer: U098940636", "Versichertennummer: [ID]"},
  {"Versichertennummer: U098940637", "Versichertennummer: U098940637"},
  {"CURP: TATE460215HPLLRF03", "CURP: [ID]"},
  {"CURP: TATE460215HPLLRF04", "CURP: TATE460215HPLLRF04"},
  /* DE pension insurance (area, birth date, letter, serial, check), ES
   * social security (mod 97), BR PIS (mod 11): a wrong check beside each,
   * and the wrong one is no phone either */
  {"SV-Nummer: 65 170839 J 003", "SV-Nummer: [ID]"},
  {"SV-Nummer: 65 170839 J 004", "SV-Nummer: 65 170839 J 004"},
  {"Rentenversicherungsnummer 12030581M008", "Rentenversicherungsnummer [ID]"},
  {"Nº afiliación: 28/12345678/40", "Nº afiliación: [ID]"},
  {"Nº afiliación: 28/12345678/41", "Nº afiliación: 28/12345678/41"},
  {"PIS: 120.51243.77-0", "PIS: [ID]"},
  /* NZ IRD, AU Medicare, PT NISS with their checks (a wrong one beside
   * each, no phone either); RČ in capitals; a form's example is no one's
   * id, a made-up address none either */
  {"Your IRD number: 102-835-646\nPartner's IRD number: 102-835-647", "Your IRD number: [ID]\nPartner's IRD number: 102-835-647"},
  {"Medicare number: 5208 54134 8\nMedicare number: 5208 54135 8", "Medicare number: [ID]\nMedicare number: 5208 54135 8"},
  {"N.º de identificação da Segurança Social: 11152898860", "N.º de identificação da Segurança Social: [ID]"},
  {"Dítě: Jitka Dvořáková, RČ 235623/9721, nar. 23. června 2023", "Dítě: [NAME], RČ [ID], nar. [DOB]"},
  {"National Insurance number: e.g. AB 12 34 56 C\ncodice fiscale (16 caratteri, es. RSSMRA80A01H501U)",
   "National Insurance number: e.g. AB 12 34 56 C\ncodice fiscale (16 caratteri, es. RSSMRA80A01H501U)"},
  {"Beispiel: Max Mustermann, Musterstraße 12, 12345 Musterstadt", "Beispiel: Max Mustermann, Musterstraße 12, 12345 Musterstadt"},
  {"Juror number: 607940807\nGebühr Reisepass: 70,00 €", "Juror number: 607940807\nGebühr Reisepass: 70,00 €"},
  {"PIS: 120.51243.77-1", "PIS: 120.51243.77-1"},
  /* under their columns in a ';' export; a number with a check under a
   * column named for national ids in general */
  {"Name;SV-Nummer;PIS\nAnna Weber;53250362K120;17012345673\nKarl Brandt;12030581M008;12051243770",
   "Name;SV-Nummer;PIS\n[NAME];[ID];[ID]\n[NAME];[ID];[ID]"},
  {"id;name;national_id\n4;Ilse Terpstra;945807302", "id;name;national_id\n4;[NAME];[ID]"},
  /* "national_id" names a number whose check passes (BSN here), not any
   * nine digits (an SSN's rules pass most of them) */
  {"ERROR row 7: duplicate national_id 945807302 (customer 12)",
   "ERROR row 7: duplicate national_id [ID] (customer 12)"},
  {"ERROR row 7: duplicate national_id 945807304 (customer 12)",
   "ERROR row 7: duplicate national_id 945807304 (customer 12)"},
  /* a number with a strong check a sentence after its word */
  {"mijn BSN klopt niet. Er staat 945807302, het juiste komt morgen.",
   "mijn BSN klopt niet. Er staat [ID], het juiste komt morgen."},
  /* a CURP under its column (with its check), ids under columns and labels
   * of more countries, a note before the colon */
  {"Name | CURP | Tel\nJacinto Balam Tun | TATE460215HPLLRF03 | x",
   "Name | CURP | Tel\n[NAME] | [ID] | x"},
  {"Name | CURP | Tel\nJacinto Balam Tun | TATE460215HPLLRF04 | x",
   "Name | CURP | Tel\n[NAME] | TATE460215HPLLRF04 | x"},
  {"Name | \xd0\x96\xd0\xa1\xd0\x9d | Tel\nAnna | 040912570514 | x",
   "Name | \xd0\x96\xd0\xa1\xd0\x9d | Tel\n[NAME] | [ID] | x"},
  {"C\xc3\xa9\x64ula (Voda): 6.611.622", "C\xc3\xa9\x64ula (Voda): [ID]"},
  {"Ghana Card (father): GHA-848934395-9", "Ghana Card (father): [ID]"},
  {"CHI number: 1908613580", "CHI number: [ID]"},
  {"Order (web): 6.611.622", "Order (web): 6.611.622"},
  /* Chile's RUT in its printed shape with its check, no label; South
   * Africa's number under a column named "ID" */
  {"Nahuel Painemal \xe2\x80\x94 19.657.331-3", "[NAME] \xe2\x80\x94 [ID]"},
  {"version 19.657.331-4 and 1.234.567-8", "version 19.657.331-4 and 1.234.567-8"},
  {"Name | ID | Tel\nRhulani Mashaba | 9605077593082 | x\nAnna Weber | 1000000000009 | x",
   "Name | ID | Tel\n[NAME] | [ID] | x\n[NAME] | 1000000000009 | x"},
  /* gov_id_world.c: each kind with its label and check; a wrong check or
   * no label leaves the number alone (the dotted AHV needs none) */
  {"\xe5\x85\xac\xe6\xb0\x91\xe8\xba\xab\xe4\xbb\xbd\xe5\x8f\xb7\xe7\xa0\x81\xef\xbc\x9a" "110105198503171231",
   "\xe5\x85\xac\xe6\xb0\x91\xe8\xba\xab\xe4\xbb\xbd\xe5\x8f\xb7\xe7\xa0\x81\xef\xbc\x9a[ID]"},
  {"\xe5\x85\xac\xe6\xb0\x91\xe8\xba\xab\xe4\xbb\xbd\xe5\x8f\xb7\xe7\xa0\x81\xef\xbc\x9a" "110105198503171232\n\xe8\xae\xa2\xe5\x8d\x95\xe5\x8f\xb7 110105198503171231",
   "\xe5\x85\xac\xe6\xb0\x91\xe8\xba\xab\xe4\xbb\xbd\xe5\x8f\xb7\xe7\xa0\x81\xef\xbc\x9a" "110105198503171232\n\xe8\xae\xa2\xe5\x8d\x95\xe5\x8f\xb7 110105198503171231"},
  {"HKID: K123456(0)   NRIC/FIN: S8812345Z",
   "HKID: [ID]   NRIC/FIN: [ID]"},
  {"HKID: K123456(1)   NRIC/FIN: S8812345A\nRef S8812345Z",
   "HKID: K123456(1)   NRIC/FIN: S8812345A\nRef S8812345Z"},
  {"\xe5\x80\x8b\xe4\xba\xba\xe7\x95\xaa\xe5\x8f\xb7\xe3\x80\x80" "123456789018\n\xe5\x9c\xa8\xe7\x95\x99\xe3\x82\xab\xe3\x83\xbc\xe3\x83\x89\xe7\x95\xaa\xe5\x8f\xb7\xe3\x80\x80" "AB12345678CD",
   "\xe5\x80\x8b\xe4\xba\xba\xe7\x95\xaa\xe5\x8f\xb7\xe3\x80\x80[ID]\n\xe5\x9c\xa8\xe7\x95\x99\xe3\x82\xab\xe3\x83\xbc\xe3\x83\x89\xe7\x95\xaa\xe5\x8f\xb7\xe3\x80\x80[ID]"},
  {"\xd7\x9e\xd7\xa1\xd7\xa4\xd7\xa8 \xd7\x96\xd7\x94\xd7\x95\xd7\xaa: 034567891\n\xe0\xb9\x80\xe0\xb8\xa5\xe0\xb8\x82\xe0\xb8\x9b\xe0\xb8\xa3\xe0\xb8\xb0\xe0\xb8\x88\xe0\xb8\xb3\xe0\xb8\x95\xe0\xb8\xb1\xe0\xb8\xa7\xe0\xb8\x9b\xe0\xb8\xa3\xe0\xb8\xb0\xe0\xb8\x8a\xe0\xb8\xb2\xe0\xb8\x8a\xe0\xb8\x99: 1101700123456\nID-nommer: 8503175123087\n\xda\xa9\xd8\xaf \xd9\x85\xd9\x84\xdb\x8c: 0123456789",
   "\xd7\x9e\xd7\xa1\xd7\xa4\xd7\xa8 \xd7\x96\xd7\x94\xd7\x95\xd7\xaa: [ID]\n\xe0\xb9\x80\xe0\xb8\xa5\xe0\xb8\x82\xe0\xb8\x9b\xe0\xb8\xa3\xe0\xb8\xb0\xe0\xb8\x88\xe0\xb8\xb3\xe0\xb8\x95\xe0\xb8\xb1\xe0\xb8\xa7\xe0\xb8\x9b\xe0\xb8\xa3\xe0\xb8\xb0\xe0\xb8\x8a\xe0\xb8\xb2\xe0\xb8\x8a\xe0\xb8\x99: [ID]\nID-nommer: [ID]\n\xda\xa9\xd8\xaf \xd9\x85\xd9\x84\xdb\x8c: [ID]"},
  {"\xd7\x9e\xd7\xa1\xd7\xa4\xd7\xa8 \xd7\x96\xd7\x94\xd7\x95\xd7\xaa: 034567892\nID-nommer: 8503175123088\nInvoice 8503175123087",
   "\xd7\x9e\xd7\xa1\xd7\xa4\xd7\xa8 \xd7\x96\xd7\x94\xd7\x95\xd7\xaa: 034567892\nID-nommer: 8503175123088\nInvoice 8503175123087"},
  {"Ad\xc3\xb3" "azonos\xc3\xadt\xc3\xb3 jel: 8526018159\nSzem\xc3\xa9lyi igazolv\xc3\xa1ny sz\xc3\xa1ma: 123456AB\nPPS number: 1234567T",
   "Ad\xc3\xb3" "azonos\xc3\xadt\xc3\xb3 jel: [ID]\nSzem\xc3\xa9lyi igazolv\xc3\xa1ny sz\xc3\xa1ma: [ID]\nPPS number: [ID]"},
  {"Ad\xc3\xb3" "azonos\xc3\xadt\xc3\xb3 jel: 8526018150\nPPSN 1234567A",
   "Ad\xc3\xb3" "azonos\xc3\xadt\xc3\xb3 jel: 8526018150\nPPSN 1234567A"},
  {"AHV-Nr. 756.1234.5678.97, seen 756.1234.5678.98\nSVNR: 1236170385\n\xd0\x98\xd0\x9d\xd0\x9d 770708389324",
   "AHV-Nr. [ID], seen 756.1234.5678.98\nSVNR: [ID]\n\xd0\x98\xd0\x9d\xd0\x9d [ID]"},
  {"C\xc3\xa9" "dula: 4.123.456-3 / 001-1234567-3\nCCCD: 001085012345",
   "C\xc3\xa9" "dula: [ID] / [ID]\nCCCD: [ID]"},
  {"C\xc3\xa9" "dula: 4.123.456-4 / 001-1234567-4",
   "C\xc3\xa9" "dula: 4.123.456-4 / 001-1234567-4"},
  {"(0010,1000) LO [D070702(4)]\nREF*0F*028798196~",
   "(0010,1000) LO [[ID]]\nREF*0F*[ID]~"},
  /* health records (gov_id_health.c): an HL7 PID identifier of a
   * national type (the type fifth, or fourth without an authority) and
   * PID-19; a FHIR identifier whose system names a national id; the
   * EHIC's fields 3-6. A hospital's own numbers (MR, a hospital's FHIR
   * system) stay */
  {"PID|1||41078975^^^KAW^MR~Q459563205^^^NI~9434765919^^^NHS^NH||X||19880726|M|||||||||||078-05-1120\r\n",
   "PID|1||41078975^^^KAW^MR~[ID]^^^NI~[ID]^^^NHS^NH||X||[DOB]|M|||||||||||[ID]\r\n"},
  {"{\"system\": \"https://fhir.nhs.uk/Id/nhs-number\", \"value\": \"9434765919\"},\n"
   "{\"system\": \"http://fhir.de/sid/gkv/kvid-10\", \"value\": \"B591024377\"},\n"
   "{\"system\": \"https://hospital.example.org/mrn\", \"value\": \"48213377\"}",
   "{\"system\": \"https://fhir.nhs.uk/Id/nhs-number\", \"value\": \"[ID]\"},\n"
   "{\"system\": \"http://fhir.de/sid/gkv/kvid-10\", \"value\": \"[ID]\"},\n"
   "{\"system\": \"https://hospital.example.org/mrn\", \"value\": \"48213377\"}"},
  {"EHIC:\n3 CLAEYS\n4 Koen\n5 08/07/1937\n6 37.07.08-663.20\n7 6987 - Partenamut",
   "EHIC:\n3 [NAME]\n4 [NAME]\n5 [DOB]\n6 [ID]\n7 6987 - Partenamut"},
  /* US Medicare's MBI (letters by position), Germany's KVNR after its
   * abbreviated label, Brazil's CNS (weights 15-1 mod 11); "CNS" the
   * nervous system, an MBI with a letter it never uses */
  {"Medicare ID 5HJ6-GJ9-WK78\nMedicare ID (MBI): 4KY8T10YF17\nVersichertennr.: P917657031\n"
   "Cart\xc3\xa3o SUS: 864 7757 1956 2142\nCNS: no focal deficit\nMedicare ID 5HS6-GJ9-WK78",
   "Medicare ID [ID]\nMedicare ID (MBI): [ID]\nVersichertennr.: [ID]\n"
   "Cart\xc3\xa3o SUS: [ID]\nCNS: no focal deficit\nMedicare ID 5HS6-GJ9-WK78"},

  {"Henkil\xc3\xb6tunnus: 191205A012L", "Henkil\xc3\xb6tunnus: [ID]"},
  {"Henkil\xc3\xb6tunnus: 191205A012M", "Henkil\xc3\xb6tunnus: 191205A012M"},
  {"sin 12345 cambios", "sin 12345 cambios"},
  /* BG, RS/SI, HR, EE/LT, LV, GR, CL, PT, MY, KR, TW; a wrong check beside each */
  {"\xd0\x95\xd0\x93\xd0\x9d 8102064804", "\xd0\x95\xd0\x93\xd0\x9d [ID]"},
  {"EGN 8102064805", "EGN 8102064805"},
  {"\xd0\x88\xd0\x9c\xd0\x91\xd0\x93 0808983712964", "\xd0\x88\xd0\x9c\xd0\x91\xd0\x93 [ID]"},
  {"EM\xc5\xa0O 0906973506942", "EM\xc5\xa0O [ID]"},
  {"JMBG 1808983712964", "JMBG 1808983712964"},
  {"OIB: 28543626811", "OIB: [ID]"},
  {"OIB: 28543626812", "OIB: 28543626812"},
  {"isikukood 37405129192", "isikukood [ID]"},
  {"asmens kodas 46209279634", "asmens kodas [ID]"},
  {"isikukood 37405129193", "isikukood 37405129193"},
  {"personas kods 030677-17844", "personas kods [ID]"},
  {"personas kods 130677-17845", "personas kods 130677-17845"},
  {"\xce\x91\xce\x9c\xce\x9a\xce\x91: 07057136363", "\xce\x91\xce\x9c\xce\x9a\xce\x91: [ID]"},
  {"AMKA: 17057136364", "AMKA: 17057136364"},
  {"RUT: 17.091.462-7", "RUT: [ID]"},
  {"RUT: 17.091.462-8", "RUT: 17.091.462-8"},
  {"NIF 393280950", "NIF [ID]"},
  {"NIF 393280951", "NIF 393280951"},
  {"Personal identification number: 333296184", "Personal identification number: [ID]"},
  {"No. MyKad: 850121-08-6514", "No. MyKad: [ID]"},
  {"No. MyKad: 851321-08-6514", "No. MyKad: 851321-08-6514"},
  {"\xec\xa3\xbc\xeb\xaf\xbc\xeb\x93\xb1\xeb\xa1\x9d\xeb\xb2\x88\xed\x98\xb8: 931228-1784823",
   "\xec\xa3\xbc\xeb\xaf\xbc\xeb\x93\xb1\xeb\xa1\x9d\xeb\xb2\x88\xed\x98\xb8: [ID]"},
  {"Order 931228-1784823", "Order 931228-1784823"},
  {"\xe8\xba\xab\xe5\x88\x86\xe8\xad\x89\xe5\xad\x97\xe8\x99\x9f\xef\xbc\x9aN284089087",
   "\xe8\xba\xab\xe5\x88\x86\xe8\xad\x89\xe5\xad\x97\xe8\x99\x9f\xef\xbc\x9a[ID]"},
  {"Invoice N284089087", "Invoice N284089087"},
  /* passports after their word in more languages, document columns */
  {"rođen 06.11.1985, SK, putovnica/ID X5S2IDO7X", "rođen [DOB], SK, putovnica/ID [ID]"},
  {"No | Surname | Nationality | Document\n1 | VELLA | EST | X18770427\n",
   "No | Surname | Nationality | Document\n1 | [NAME] | EST | [ID]\n"},
  {"No | Item | Code\n1 | Bolts | X18770427\n", "No | Item | Code\n1 | Bolts | X18770427\n"},
  /* the same digits with no word are left alone */
  {"order 150259 39538 shipped", "order 150259 39538 shipped"},
  /* a passport's number a few lines after its word (gov_id_travel.c): a
   * chat's answers, a companion's line, labels in other scripts, an
   * e-ticket's FOID; another document's number on the passport's line,
   * a phone and the same shapes with no passport word are left alone */
  {"A: Do you need my passport number?\nB: SS957105, born in Lyon\nC: Mine: LZ205512",
   "A: Do you need my passport number?\nB: [ID], born in Lyon\nC: Mine: [ID]"},
  {"A: Ref is TLXH7R\nB: SS957105, thanks", "A: Ref is TLXH7R\nB: SS957105, thanks"},
  {"A: my passport?\nB: 40123456, ok\nTel: 40123457\nC: 40123458 or so",
   "A: my passport?\nB: [ID], ok\nTel: [PHONE]\nC: 40123458 or so"},
  {"Reisepassnummer: U6488299\n\n(+) SEVERIN â 40680805 â CLWGWWXY4 â x",
   "Reisepassnummer: [ID]\n\n(+) SEVERIN â [ID] â [ID] â x"},
  {"Passport: K72317166   Seaman's book: L1657125", "Passport: [ID]   Seaman's book: L1657125"},
  {"여권 번호: M499F5910\n旅券番号: TZ3734430\n护照号码: EU4129467",
   "여권 번호: [ID]\n旅券番号: [ID]\n护照号码: [ID]"},
  {"[19:10] วรรณา: ต้องใช้เลขพาสปอร์ตเราไหม\n[19:42] วรรณา: GG6594710 ค่ะ",
   "[19:10] [NAME]: ต้องใช้เลขพาสปอร์ตเราไหม\n[19:42] [NAME]: [ID] ค่ะ"},
  {"FOID            : PPPJ4336763\nDOCUMENTO       : PPYJ049324\nBOOKING REF     : 59EBQE",
   "FOID            : PP[ID]\nDOCUMENTO       : PP[ID]\nBOOKING REF     : 59EBQE"},
  {"Номер паспорта: 75 4946106; passaporte n.º 72 8551757.",
   "Номер паспорта: [ID]; passaporte n.º [ID]."},
  {"Namn;Passnummer;Rum\nJohan;68605038;131", "Namn;Passnummer;Rum\n[NAME];[ID];131"},
};

static const struct tc words[] = {
  /* birth labels and columns of more languages, digits of other scripts,
   * month names the reader does not know (dob_world.c); other dates and
   * numbers after them stay */
  {"تاريخ الميلاد: ١٣/٣/١٩٩٨", "تاريخ الميلاد: [DOB]"},
  {"জন্ম তারিখ: ২৩/১১/১৯৭৭", "জন্ম তারিখ: [DOB]"},
  {"Tsiku lobadwa: 8 Meyi 1993", "Tsiku lobadwa: [DOB]"},
  {"Doglan senesi: 1-nji iýul 1982", "Doglan senesi: [DOB]"},
  {"Deiziad ganedigezh: 26 a viz Du 1992", "Deiziad ganedigezh: [DOB]"},
  {"Petsa sa pagkatawo: Enero 10, 1975", "Petsa sa pagkatawo: [DOB]"},
  {"Санаи таваллуд: 28 майи 1997", "Санаи таваллуд: [DOB]"},
  {"ተ.ቁ | ስም | የትውልድ ቀን | ስልክ\n1 | ዳዊት ወልዴ | 09/08/1983 | —", "ተ.ቁ | ስም | የትውልድ ቀን | ስልክ\n1 | [NAME] | [DOB] | —"},
  {"Data moris: 31/02/1995\nData moris: 2029-01-01\nDe bilong bon: 12 gutpela de", "Data moris: 31/02/1995\nData moris: 2029-01-01\nDe bilong bon: 12 gutpela de"},
  /* an airline's DDMMMYY after a birth label; a chat's answer to a
   * request for a birth date (a word or two may end the request); a
   * companion's and an extra driver's date after their name; a chat's
   * clock and a label's value on the line above are none (stop 44) */
  {"1. VIEIRA/JOANA MRS  Data de nascimento: 20MAY17  Bilhete\nISSUED: 21MAR26",
   "1. [NAME] MRS  Data de nascimento: [DOB]  Bilhete\nISSUED: 21MAR26"},
  {"[29.09.26, 14:48] A: \xd0\xb4\xd0\xb0\xd1\x82\xd1\x8b \xd1\x80\xd0\xbe\xd0\xb6\xd0\xb4\xd0\xb5\xd0\xbd\xd0\xb8\xd1\x8f\n"
   "[29.09.26, 14:49] B: 17.02.1981\n[01.02.27, 20:06] A: senin do\xc4\x9fum tarihin eksik\n[01.02.27, 20:34] B: 04.12.1979",
   "[29.09.26, 14:48] A: \xd0\xb4\xd0\xb0\xd1\x82\xd1\x8b \xd1\x80\xd0\xbe\xd0\xb6\xd0\xb4\xd0\xb5\xd0\xbd\xd0\xb8\xd1\x8f\n"
   "[29.09.26, 14:49] B: [DOB]\n[01.02.27, 20:06] A: senin do\xc4\x9fum tarihin eksik\n[01.02.27, 20:34] B: [DOB]"},
  {"(+) X \xe2\x80\x93 P8171028 \xe2\x80\x93 08.07.1956\nAdditional driver:    M. H., 26/01/1994\nDate of birth: 5 Mar 1992\nDate of joining: 18/11/2009",
   "(+) X \xe2\x80\x93 P8171028 \xe2\x80\x93 [DOB]\nAdditional driver:    M. H., [DOB]\nDate of birth: [DOB]\nDate of joining: 18/11/2009"},
  /* birth words */
  {"Saksøkte: Kari Haugen, f. 10.09.1967", "Saksøkte: [NAME], f. [DOB]"},
  {"Já, Lubomír Němec, nar. 04.02.2000", "Já, [NAME], nar. [DOB]"},
  {"Date of birth (must be 18+): 04-Aug-1976", "Date of birth (must be 18+): [DOB]"},
  {"Ticket opened (2 of 3): 04-Aug-2024", "Ticket opened (2 of 3): 04-Aug-2024"},
  /* phone words */
  {"Vi prego di contattarmi al 334 5502416.", "Vi prego di contattarmi al [PHONE]."},
  {"Pårørende: Halvor Kvamme, tlf. 966 56 139", "Pårørende: [NAME], tlf. [PHONE]"},
  {"meu CEP é 75192-420", "meu CEP é [ADDRESS]"},
  /* a Brazilian address whose state comes after a dash and whose CEP
   * after a colon; a CEP-shaped number after another word stays */
  {"Entrega: Rua XV de Novembro, 712, casa 4 - Centro - Natal - RN - CEP: 59056-393\n"
   "Av. Getúlio Vargas, n. 3678 - Savassi - Belo Horizonte - MG - 30990-415\nPedido - PE - 51418-575",
   "Entrega: [ADDRESS]\n[ADDRESS]\nPedido - PE - 51418-575"},
  /* national numbers of more plans, after a word that names a phone; a
   * word that names only a number does not reach them */
  {"Número a portar: 011 15-3278-8621", "Número a portar: [PHONE]"},
  {"Mobile No.: 0915-781-6890", "Mobile No.: [PHONE]"},
  {"ring tilbage på 4131 6411", "ring tilbage på [PHONE]"},
  {"PCN number: 77904230", "PCN number: 77904230"},
  {"Numéro d'ordre : 2025-7935", "Numéro d'ordre : 2025-7935"},
  {"dosering: 500 mg, Z-index 12036753", "dosering: 500 mg, Z-index 12036753"},
  /* bare digits in a cell are a record's number unless the column names a
   * phone; a decimal is no phone; ids and routing numbers after their word */
  {"Record ID\tFirst Name\tEmail\n48609650130\tLudmila\tl@x.sk\n", "Record ID\tFirst Name\tEmail\n48609650130\t[NAME]\t[EMAIL]\n"},
  {"Name,Phone\nAnna,48609650130\n", "Name,Phone\n[NAME],[PHONE]\n"},
  {"ts\tproto\tduration\n1742121190.4\tudp\t1.123357\n", "ts\tproto\tduration\n1742121190.4\tudp\t1.123357\n"},
  {"Deposit held at: routing 0210-0002-1 (not an IBAN)", "Deposit held at: routing 0210-0002-1 (not an IBAN)"},
  {"\xe2\x80\xa2 EGN 0152085902\n", "\xe2\x80\xa2 EGN 0152085902\n"},
  /* phone words of Latvian, Lithuanian, Greek, Catalan; a SIP URI's number
   * is a phone, its server no e-mail address */
  {"T\xc4\x81lrunis: 2715 2051", "T\xc4\x81lrunis: [PHONE]"},
  {"Telefonas: 8 682 08071", "Telefonas: [PHONE]"},
  {"client_uri=sip:+302100458206@sip.provider.example", "client_uri=sip:[PHONE]@sip.provider.example"},
  {"sip:alice@example.org", "sip:[EMAIL]"},
  /* password words and keys */
  {"Your EPP/auth code: !RugDJ#mrTxg54", "Your EPP/auth code: [SECRET]"},
  {"Palavra-passe: FRE61FPxsCsAJJCM", "Palavra-passe: [SECRET]"},
  {"security=WPA2-PSK\npsk=9L3z4E1KfXNFVofZ", "security=WPA2-PSK\npsk=[SECRET]"},
  {"docker run -e MINIO_ROOT_PASSWORD=Lofoten%Sea2 minio", "docker run -e MINIO_ROOT_PASSWORD=[SECRET] minio"},
  /* the codes that open a home (secret_door.c): after a door's, a gate's
   * or a key box's words, in a sentence or after a label, in scripts
   * written without spaces too; a time, an address's number and a bank's
   * lockbox are no codes */
  {"Door code: 3184#\nThe key box is left of the door, code 6247.", "Door code: [SECRET]\nThe key box is left of the door, code [SECRET]."},
  {"Der Schlüsselkasten hängt links neben der Tür, Code 1948#.", "Der Schlüsselkasten hängt links neben der Tür, Code [SECRET]."},
  {"Codice del portone: 3424#\nΚωδικός πόρτας: 5948", "Codice del portone: [SECRET]\nΚωδικός πόρτας: [SECRET]"},
  {"キーボックスはドアの左側、暗証番号は 8421# です。\n키박스는 문 왼쪽에 있고 비밀번호는 1215#입니다.",
   "キーボックスはドアの左側、暗証番号は [SECRET] です。\n키박스는 문 왼쪽에 있고 비밀번호는 [SECRET]입니다."},
  {"กล่องกุญแจอยู่ทางซ้ายของประตู รหัส 138984", "กล่องกุญแจอยู่ทางซ้ายของประตู รหัส [SECRET]"},
  {"Check-in at 15:00, the key box is at door 3.\nRemit to Lockbox 774512", "Check-in at 15:00, the key box is at door 3.\nRemit to Lockbox 774512"},
  /* an alarm's and a keypad's code, a PIN (a parental control's); a clock
   * after "at", an Indian PIN code (a postcode), a one-time code, a masked card and a
   * number after an id that is no code stay */
  {"Front door keypad: 6323  |  Alarm: 7944 then OFF\nAlarmanlage: 3382 + Taste AUS\n\xed\x98\x84\xea\xb4\x80 \xeb\xb9\x84\xeb\xb0\x80\xeb\xb2\x88\xed\x98\xb8: 6986\n\xeb\xb3\xb4\xec\x95\x88 \xed\x95\xb4\xec\xa0\x9c: 5894\n\xe3\x82\xbb\xe3\x82\xad\xe3\x83\xa5\xe3\x83\xaa\xe3\x83\x86\xe3\x82\xa3\xe8\xa7\xa3\xe9\x99\xa4\xef\xbc\x9a" "25374",
   "Front door keypad: [SECRET]  |  Alarm: [SECRET] then OFF\nAlarmanlage: [SECRET] + Taste AUS\n\xed\x98\x84\xea\xb4\x80 \xeb\xb9\x84\xeb\xb0\x80\xeb\xb2\x88\xed\x98\xb8: [SECRET]\n\xeb\xb3\xb4\xec\x95\x88 \xed\x95\xb4\xec\xa0\x9c: [SECRET]\n\xe3\x82\xbb\xe3\x82\xad\xe3\x83\xa5\xe3\x83\xaa\xe3\x83\x86\xe3\x82\xa3\xe8\xa7\xa3\xe9\x99\xa4\xef\xbc\x9a[SECRET]"},
  {"Jugendschutz-PIN: 6902\nEbeveyn PIN: 6823\nAlarm at 0600 tomorrow\nPIN code 445239\nCl@ve PIN: 611651. V\xc3\xa1lido durante 10 minutos\nPin ************6672\nPIN 7903291672897 | 7812 2892",
   "Jugendschutz-PIN: [SECRET]\nEbeveyn PIN: [SECRET]\nAlarm at 0600 tomorrow\nPIN code [ADDRESS]\nCl@ve PIN: 611651. V\xc3\xa1lido durante 10 minutos\nPin ************6672\nPIN 7903291672897 | 7812 2892"},
  /* a router's key alone after a Wi-Fi label, shaped like a key (not a
   * network's name: "Livebox-3F2A", "Hytta_2.4"); an account's password
   * after its e-mail and a slash (not a phone or a second address) */
  {"Wi-Fi: rrwk-3qny-a8g3\nWi-Fi: 89710496654430864014\nWi-Fi Livebox-3F2A : 9rxb-7zfv-wvaz\nWi-Fi: Livebox-3F2A\n"
   "Wi-Fi: Hytta_2.4\nWLAN: FRITZ!Box 7590",
   "Wi-Fi: [SECRET]\nWi-Fi: [SECRET]\nWi-Fi Livebox-3F2A : [SECRET]\nWi-Fi: Livebox-3F2A\n"
   "Wi-Fi: Hytta_2.4\nWLAN: FRITZ!Box 7590"},
  {"Netflix: a.kilic@outlook.com / OtterLuna1907!\nDisney+: ebba@gmail.com / Otter_Mar1245$\nContact: anna@x.com / 1-212-367-3329",
   "Netflix: [EMAIL] / [SECRET]\nDisney+: [EMAIL] / [SECRET]\nContact: [EMAIL] / [PHONE]"},
  /* a parcel's pick-up code, a phone's unlock code left for its repair, a
   * door code with a capital first, in Korean and Arabic; a one-time
   * passcode stays (stop 45) */
  {"Codice di ritiro: 3261-3735. Giacenza\nIhr Abholcode: 23155842\nPasscode (for testing): 3967\nNote for rider: door code A270, top floor.\n\xea\xb3\xb5\xeb\x8f\x99\xed\x98\x84\xea\xb4\x80 \xec\xb6\x9c\xec\x9e\x85\xeb\xb2\x88\xed\x98\xb8: 0994\n\xd8\xaa\xd9\x85\xd8\xa7\xd9\x85\xd8\x8c \xd8\xb1\xd9\x85\xd8\xb2 \xd8\xa7\xd9\x84\xd8\xa8\xd9\x88\xd8\xa7\xd8\xa8\xd8\xa9 0914B.\nYour one-time passcode is 423934. Do not share it.",
   "Codice di ritiro: [SECRET]. Giacenza\nIhr Abholcode: [SECRET]\nPasscode (for testing): [SECRET]\nNote for rider: door code [SECRET], top floor.\n\xea\xb3\xb5\xeb\x8f\x99\xed\x98\x84\xea\xb4\x80 \xec\xb6\x9c\xec\x9e\x85\xeb\xb2\x88\xed\x98\xb8: [SECRET]\n\xd8\xaa\xd9\x85\xd8\xa7\xd9\x85\xd8\x8c \xd8\xb1\xd9\x85\xd8\xb2 \xd8\xa7\xd9\x84\xd8\xa8\xd9\x88\xd8\xa7\xd8\xa8\xd8\xa9 [SECRET].\nYour one-time passcode is 423934. Do not share it."},
  /* an app password as Google shows it, after a password key */
  {"MAIL_USERNAME=toby@gmail.com\nMAIL_PASSWORD=tigw zshn pbqg lhew\nMAIL_FROM=x",
   "MAIL_USERNAME=[EMAIL]\nMAIL_PASSWORD=[SECRET]\nMAIL_FROM=x"},
  /* a password's label in other scripts, and after a Wi-Fi network's
   * name; a word that only says "code" names a password on a Wi-Fi line
   * only */
  {"Wi-Fi: FLAT_E32H / κωδικός: qp7smnd6c4\nΚωδικός: AB123456", "Wi-Fi: FLAT_E32H / κωδικός: [SECRET]\nΚωδικός: AB123456"},
  {"와이파이: Casa_HF8A / 비밀번호: z8z5u63wvwew\nWi-Fi: Home_67G3 / パスワード: mango-tulipan-41",
   "와이파이: Casa_HF8A / 비밀번호: [SECRET]\nWi-Fi: Home_67G3 / パスワード: [SECRET]"},
  {"Wi-Fi: Home_6FCC รหัสผ่าน MBBT-DYWL-YZWC\nWi-Fi: Home_HCAE / şifre: 34grjyknya",
   "Wi-Fi: Home_6FCC รหัสผ่าน [SECRET]\nWi-Fi: Home_HCAE / şifre: [SECRET]"},
  {"SMTP_PASS: %%SMTP_PASS%%", "SMTP_PASS: %%SMTP_PASS%%"},
  {"password = '%s' % pw", "password = '%s' % pw"},
  /* birth words of more languages, labels and columns */
  {"Okko Gerdes — boren 28.07.1974", "Okko Gerdes — boren [DOB]"},
  /* month names the date parser does not know, after a birth word */
  {"Nassût/nassude ai 14 Avost 1952.\nGerard Necel, natus/nata die 29 mensis Aprilis anno 1991",
   "Nassût/nassude ai [DOB].\n[NAME], natus/nata [DOB]"},
  {"Meeting on 14 Avost 1952 at noon", "Meeting on 14 Avost 1952 at noon"},
  {"Naskiĝdato: 13-07-1964\nFecha di nasementu: 17-12-1994",
   "Naskiĝdato: [DOB]\nFecha di nasementu: [DOB]"},
  {"Name\tGeburi\tKlub\nReto Zürcher\t27.07.1997\tSchwingklub Bern",
   "Name\tGeburi\tKlub\n[NAME]\t[DOB]\tSchwingklub Bern"},
  {"№ | ФИО | Дата рождения\n1 | Гасанов Шамиль | 15.06.2004", "№ | ФИО | Дата рождения\n1 | [NAME] | [DOB]"},
  /* cells after "; " */
  {"ФИО; дата рождения; телефон\nГасиев Казбек; 08.09.2001; 8 (8672) 57-85-73",
   "ФИО; дата рождения; телефон\n[NAME]; [DOB]; [PHONE]"},
  /* Russian phones with the trunk prefix 8, Cyrillic phone words in both cases */
  {"Телефон: 8 (918) 349-10-16\nтел. 8 (347) 255-94-50", "Телефон: [PHONE]\nтел. [PHONE]"},
  {"ФИО | Телефон\nГасанов Шамиль | 8 (918) 349-10-16", "ФИО | Телефон\n[NAME] | [PHONE]"},
  /* labels and columns in capitals of Cyrillic and Greek, which drop
   * Greek's accents, and ё read as е (folded since stop 43); another
   * date under its label stays */
  {"ДАТА РОЖДЕНИЯ: 12.03.1985\nФАМИЛИЯ: Кузнецова\nДАТА ПОСТУПЛЕНИЯ: 12.03.2024\nНАРОДИВСЯ 5 ТРАВНЯ 1990",
   "ДАТА РОЖДЕНИЯ: [DOB]\nФАМИЛИЯ: [NAME]\nДАТА ПОСТУПЛЕНИЯ: 12.03.2024\nНАРОДИВСЯ [DOB]"},
  {"ΗΜΕΡΟΜΗΝΙΑ ΓΕΝΝΗΣΗΣ: 03/05/1971\nΤΗΛΕΦΩΝΟ: 210 123 4567\nΓεννήθηκε στις 3 ΜΑΪΟΥ 1971",
   "ΗΜΕΡΟΜΗΝΙΑ ΓΕΝΝΗΣΗΣ: [DOB]\nΤΗΛΕΦΩΝΟ: [PHONE]\nΓεννήθηκε στις [DOB]"},
  {"Όνομα | Τηλέφωνο\nΕλένη Ραυτοπούλου | 6912345678\nОтветственный: Пётр Семёнов",
   "Όνομα | Τηλέφωνο\n[NAME] | [PHONE]\nОтветственный: [NAME]"},
  /* smaller countries' plans after a phone word or under a phone column */
  {"Sutiy | DNI | Celular\nTeófilo Mamani | DNI 31678295 | 948 281 637",
   "Sutiy | DNI | Celular\n[NAME] | DNI [ID] | [PHONE]"},
  {"Telefonn: 5910 3147", "Telefonn: [PHONE]"},
  /* an amount in the cell before is not the number's */
  {"Kia Lis\t$220\t(559) 710-6605", "Kia Lis\t$220\t[PHONE]"},
  {"Price | $220 | 5557106605", "Price | $220 | 5557106605"},
};

/* addresses named by their label or by "residing at", in any layout */
static const struct tc labelled[] = {
  /* more languages' address words; a city then its postcode before a
   * dash; a house's number after "H. No." */
  {"Adreso: Lâle Sok. No: 27 D: 11\nIdilesi: 9 Daku Road", "Adreso: [ADDRESS]\nIdilesi: [ADDRESS]"},
  {"Adrès: Kaya Yerba Buena 33, Souax\nپته: Mohallah Bagh-e-Iram, Nowshera Road, Mardan 23200",
   "Adrès: [ADDRESS]\nپته: [ADDRESS]"},
  {"Bonar Pardede — Jl. Sisingamangaraja No. 130, Medan 20118 — (061) 8970673",
   "Bonar Pardede — [ADDRESS] — [PHONE]"},
  {"Novena 1: Filomena Cardozo, H. No. 19/C, Moitem, Moira, Bardez, Goa 403508",
   "Novena 1: [NAME], [ADDRESS]"},
  {"Home address: Jl. Ir. H. Juanda No. 89, Lebakgede, Coblong, Bandung 40132", "Home address: [ADDRESS]"},
  /* Vietnamese labels (Địa chỉ: its letters of three bytes are part of
   * the words), the city at the end inside the address, not a name */
  {"Địa chỉ: Số 43 ngõ 71 phố Thái Hà, phường Ngọc Khánh, quận Đống Đa, Hà Nội", "Địa chỉ: [ADDRESS]"},
  {"Nơi thường trú: 12 Cách Mạng Tháng Tám, Phường 12, Quận 10, TP. Hồ Chí Minh",
   "Nơi thường trú: [ADDRESS]"},
  {"địa chỉ email: an.le@example.vn", "địa chỉ email: [EMAIL]"},
  /* a street without a street word, its number and the locality right
   * after it, after a preposition in running text; a country's letters
   * before the postal code (FO-100, CH-8001); a four-digit code before a
   * word in running text is too often a year or a count */
  {"Send it to Branilaca Sarajeva 50, 71000 Sarajevo please.", "Send it to [ADDRESS] please."},
  {"ship to Tuinen 62, 8933 DJ Snits", "ship to [ADDRESS]"},
  {"Dalavegur 17, FO-100 Tórshavn", "[ADDRESS]"},
  {"Zustellung an: Bahnhofplatz 3, CH-8001 Zürich", "Zustellung an: [ADDRESS]"},
  /* a town named for a saint, abbreviated ("St. Gallen"); the sentence's
   * full stop after a town stays outside */
  {"Adresse: Haldenstrasse 28\n9000 St. Gallen\nKramgasse 15, 3011 Bern. St. Gallen ist weit",
   "Adresse: [ADDRESS]\n[ADDRESS]. St. Gallen ist weit"},
  {"Upgrade to Windows 10, 2004 Update today.", "Upgrade to Windows 10, 2004 Update today."},
  {"Add to Cart 2, 1500 Items", "Add to Cart 2, 1500 Items"},
  {"Her DOB is January 8, 1948. The address is 2181 Prospect St, Burlington, VT 05401",
   "Her DOB is [DOB]. The address is [ADDRESS]"},
  /* layouts with their own marks, no label needed (address_world.c) */
  {"住所　〒060-0061 北海道札幌市中央区南一条西5丁目29-11 コーポ白川288号室",
   "住所　[ADDRESS]"},
  {"〒150-0002 東京都渋谷区渋谷2-21-1 渋谷ヒカリエ 8階までお送りください。",
   "[ADDRESS]までお送りください。"},
  {"好的。快递寄到杭州市西湖区文三路288号2095室 310012，谢谢", "好的。快递寄到[ADDRESS]，谢谢"},
  {"我住在台北市大安區忠孝東路四段100號5樓。", "我住在[ADDRESS]。"},
  {"上海市徐汇区漕溪北路139号1925室", "[ADDRESS]"}, /* the text ends in the unit word */
  {"191023, г. Санкт-Петербург, ул. Малая Садовая, д. 88, кв. 239", "[ADDRESS]"},
  {"Он живёт на ул. Ленина, д. 5", "Он живёт на [ADDRESS]"},
  {"Красный пр-т, д. 20, кв. 162, г. Новосибирск, 630099", "[ADDRESS]"},
  /* a district or region named before its word ("Аликовский р-н",
   * "Чувашская Республика", "Республика Марий Эл"), and the whole of an
   * address in a table's cell or after a list's dash */
  {"Аликовский р-н, с. Хормалы, ул. Садовая, д. 57, Чувашская Республика, 429380", "[ADDRESS]"},
  {"Код\tАдрес\nA-17\t428000, г. Чебоксары, пр-т Тракторостроителей, д. 34, кв. 171",
   "Код\tАдрес\nA-17\t[ADDRESS]"},
  {"2. Иван — Республика Марий Эл, Сернурский р-н, с. Шиньша, ул. Молодёжная, д. 32, 425450",
   "2. Иван — [ADDRESS]"},
  {"Московская обл., г. Химки, ул. Мира, д. 3", "[ADDRESS]"},
  /* an address as a field of a roster's item after its name and a dash,
   * read by its own words (a unit with its number, a place's unit with
   * its name, a postal code beside a name); a date, a room, a note in
   * parentheses and an agenda's or a letter's heading are none */
  {"1. Shahdad Sasoli — 0092 81 2808957 — House 232, Jinnah Town, Turbat, Kech\n"
   "2. Noel A. Gacho — Brgy. 86 San Jose, Tanauan, Leyte 6502",
   "1. [NAME] — [PHONE] — [ADDRESS]\n2. [NAME] — [ADDRESS]"},
  {"- Pasang Lama — Asan Tole, Ward No. 12, Kathmandu 44600, Nepal\n- Mingma Sherpa — +977 1 5550123",
   "- [NAME] — [ADDRESS]\n- [NAME] — [PHONE]"},
  {"3. Anna Bauer — P.O. Box 48, Okahandja\n4. Durjan Bizenjo — Mohalla Gichkiabad, Gwadar 91200",
   "3. [NAME] — [ADDRESS]\n4. [NAME] — [ADDRESS]"},
  /* a unit that takes a number or a name ("Brgy.") with its name */
  {"1. Noel A. Gacho — Brgy. Marasbaras, Catbalogan City\n2. Anna Reyes — 0917 123 4567",
   "1. [NAME] — [ADDRESS]\n2. [NAME] — [PHONE]"},
  {"Agenda – Quarterly all-hands – 20 Jun 2024, Room Turing",
   "Agenda – Quarterly all-hands – 20 Jun 2024, Room Turing"},
  {"1. Team Alpha — Room 4, Block C — Grade 7, Class B", "1. Team Alpha — Room 4, Block C — Grade 7, Class B"},
  {"Grandsire Caters — Grandsire Caters, 5040 changes", "Grandsire Caters — Grandsire Caters, 5040 changes"},
  {"Rückzahlung der Mietkaution – Wohnung 7, Haus B", "Rückzahlung der Mietkaution – Wohnung 7, Haus B"},
  /* a postal code in parentheses after a labelled address (Korea's
   * layout); a note in parentheses stays outside */
  {"Current residential address: 경기도 성남시 분당구 판교역로 49, 112동 739호 (13494)\n"
   "Address: 12 Rue de Rivoli, 75004 Paris (2nd floor)",
   "Current residential address: [ADDRESS]\nAddress: [ADDRESS] (2nd floor)"},
  /* Japan's basic pension number after its label (stop 41); a number
   * after another label stays */
  {"基礎年金番号：7283-767652\n社員番号：7283-767652", "基礎年金番号：[ID]\n社員番号：7283-767652"},
  /* a Russian or Ukrainian birth label in capitals, a spelt date with its
   * year's word (stop 41) */
  {"Дата рождения: 06.01.1979\nДата рождения: 21 ноября 1997 г.\nДата народження: 03.04.1996\nДата выдачи: 06.01.2019",
   "Дата рождения: [DOB]\nДата рождения: [DOB]\nДата народження: [DOB]\nДата выдачи: 06.01.2019"},
  /* a word before a region's word that is no place stays out */
  {"Отчёт за 2023 год, Ленинский р-н, ул. Мира, д. 3", "Отчёт за 2023 год, [ADDRESS]"},
  {"Address: ul. Baumana, d. 5, kv. 12, g. Kazan, 420111", "Address: [ADDRESS]"},
  {"ลูกค้า: 178/37 ถนนพหลโยธิน แขวงจตุจักร เขตจตุจักร กรุงเทพมหานคร 10900", "ลูกค้า: [ADDRESS]"},
  {"شیراز، خیابان شریعتی، کوچه نهم، پلاک 54، کد پستی 5768967331 شماره تماس",
   "[ADDRESS] شماره تماس"},
  {"55 شارع جامعة الدول العربية، الدقي، الجيزة 12311", "[ADDRESS]"},
  /* an address as a field's value in any script, or a cell under an
   * address column (address_field.c); an office's address is not one */
  {"ঠিকানা: বাড়ি ৯০, রোড ৯, মিরপুর ১০, ঢাকা ১২০৫", "ঠিকানা: [ADDRESS]"},
  {"Kero: 13 Enterprise Road, Highlands, Harare", "Kero: [ADDRESS]"},
  {"ವಿಳಾಸ: ನಂ. 55, 1ನೇ ಅಡ್ಡರಸ್ತೆ, ಬಸವನಗುಡಿ, ಬೆಂಗಳೂರು 560003", "ವಿಳಾಸ: [ADDRESS]"},
  {"No | Jeneng | Alamat\n1 | Budi | Jl. Kapten Mulyadi No. 63, Surakarta 57151", "No | Jeneng | Alamat\n1 | [NAME] | [ADDRESS]"},
  /* the town and the postcode in the next cells of the street's row; the
   * country stays, and a town column without a street's cell is none */
  {"Email,Address1,City,Zip,Country Code\na@zoho.com,8692 Navajo Route 12,Window Rock,86515,US",
   "Email,Address1,City,Zip,Country Code\n[EMAIL],[ADDRESS],[ADDRESS],[ADDRESS],US"},
  {"| Address | City | Postcode |\n|---|---|---|\n| 14 Harbour Lane | Whitby | YO21 3PU |",
   "| Address | City | Postcode |\n|---|---|---|\n| [ADDRESS] | [ADDRESS] | [ADDRESS] |"},
  {"Store,City,Zip\nOutlet 4,Window Rock,86515", "Store,City,Zip\nOutlet 4,Window Rock,86515"},
  /* address labels of more languages; a house's name is no address */
  {"Wonnplaz: Calle Unruh 1883, Filadelfia, Boquer\xc3\xb3n, Paraguay", "Wonnplaz: [ADDRESS]"},
  {"Abam: Teaoraereke village, Lot 86, South Tarawa, Kiribati", "Abam: [ADDRESS]"},
  {"Deliver to 140 Mill Brow, Penrith, CA11 9AX", "Deliver to [ADDRESS]"},
  {"House: Gryffindor", "House: Gryffindor"},
  /* a new address said in a sentence, and where to ship: with its
   * locality; counted things and the office are none; the sentence after
   * the locality is not the address's */
  /* a street without its type word, before a locality with its postcode;
   * years, weather codes and prose between are none */
  {"Highgate Lane Medical Practice\n93 Chapel Fold\nDundee\nDD3 7HD\nTel: 0131 470 4503",
   "Highgate Lane Medical Practice\n[ADDRESS]\nTel: [PHONE]"},
  {"Send it to 222, Anna Salai, Pune, Maharashtra 126910 please", "Send it to [ADDRESS] please"},
  {"2008-2017 Marcos Maquin Xo\n           2021 Cruz Cucul Pop", "2008-2017 [NAME]\n           2021 [NAME]"},
  {"METAR TNCC 182250Z 08007KT 9999 FEW019 12/05 Q1006\nTAF TNCC 131100Z 0312/0118 16010KT 9999 SCT030",
   "METAR TNCC 182250Z 08007KT 9999 FEW019 12/05 Q1006\nTAF TNCC 131100Z 0312/0118 16010KT 9999 SCT030"},
  /* a British address whose first line is a house's name, on one line or
   * four; a name above it and the data before it are not the address's */
  {"(1) PHILIPPA TRELOAR of Bramble Cottage, Quarry Bank Road, Shrewsbury SY8 6NU (\"the Landlord\")",
   "(1) [NAME] of [ADDRESS] (\"the Landlord\")"},
  {"Mr Oswin Mainwaring\nBramble Cottage\nLarkspur Way\nShrewsbury\nSY7 9QF",
   "Mr [NAME]\n[ADDRESS]"},
  {"DOB 23 Jan 1970, NHS No. 765 878 4990\nMill House, Kingsley Close, Bristol BS7 7SH",
   "DOB [DOB], NHS No. [ID]\n[ADDRESS]"},
  {"The meeting is at Kew Gardens, Richmond, London TW9 3AE tomorrow",
   "The meeting is at Kew Gardens, Richmond, London TW9 3AE tomorrow"},
  /* a street without its type before its number and a postcode with its
   * town; the flat's noun and a preposition in lower case are not the
   * street's */
  {"Frau Heike Rauscher, wohnhaft Brunnenwiese 57, 21364 L\xc3\xbc" "neburg",
   "Frau [NAME], wohnhaft [ADDRESS]"},
  {"Die Heizung in Lindenstra\xc3\x9f" "e 147, 34119 Kassel geht nicht.", "Die Heizung in [ADDRESS] geht nicht."},
  {"Vermietet wird die Wohnung Auf dem Kamp 86a, 37057 G\xc3\xb6ttingen.", "Vermietet wird die Wohnung [ADDRESS]."},
  {"na adrese Pod Lesem 2154/1, 779 00 Olomouc.", "na adrese [ADDRESS]."},
  {"Lagenheten: Lingonstigen 43 lgh 1102, 702 20 \xc3\x96rebro, nummer 1203.", "Lagenheten: [ADDRESS], nummer 1203."},
  /* a form's street and locality fields, each its own line, also with a
   * scanned form's '|'; not an e-mail domain's "straße", not a Markdown
   * header row */
  {"Stra\xc3\x9f" "e, Nr.: Holunderstieg 59\nPLZ, Ort: 02625 Bautzen\nStra\xc3\x9f" "e, Nr. | Lerchenfeld 75\nPLZ, Ort | 96047 Bamberg\nI Telefon | 030 12345678",
   "Stra\xc3\x9f" "e, Nr.: [ADDRESS]\nPLZ, Ort: [ADDRESS]\nStra\xc3\x9f" "e, Nr. | [ADDRESS]\nPLZ, Ort | [ADDRESS]\nI Telefon | [PHONE]"},
  {"Mail j\xc3\xbcrgen@stra\xc3\x9f" "e.de for the keys (arn:aws:iam::953217856276:role/ci)\n| Address | Notes |",
   "Mail [EMAIL] for the keys (arn:aws:iam::953217856276:role/ci)\n| Address | Notes |"},
  /* a street of its own line before a Dutch postcode's line (a house
   * number's suffix, "85 II", "61-A"); not a chapter and its word count */
  {"Wouter Zijlstra\nAchter de Kerk 85 II\n9525 KL Amersfoort\n\nOp de Kamp 61-A\n2227 CG Zwolle\nChapter 3\n1500 words",
   "[NAME]\n[ADDRESS]\n\n[ADDRESS]\nChapter 3\n1500 words"},
  /* the house number's suffix, then the postcode on the same line
   * (stop 46) */
  {"Factuur aan: Joost Hoekstra\nLange Voorhout 220-3, 9096 HZ Delft\nBankgegevens:",
   "Factuur aan: [NAME]\n[ADDRESS]\nBankgegevens:"},
  /* the German layout of Vorwahl / Rufnummer is one phone; a list of
   * prefixes and a page range are none */
  {"Telefon: 030 / 98734764\nMobil: 0179 / 3057933\nVorwahlen 0171 / 0172 / 0173\nSeiten 030 / 120",
   "Telefon: [PHONE]\nMobil: [PHONE]\nVorwahlen 0171 / 0172 / 0173\nSeiten 030 / 120"},
  /* another field after the address ends it at its comma */
  {"residing at Flat 808, Green Meadows CHS, Baner Road, Pune, Maharashtra 411084, PAN NHSPC7654V (hereinafter",
   "residing at [ADDRESS], PAN [ID] (hereinafter"},
  {"Adresse : 85 place du March\xc3\xa9, 13001 Marseille, t\xc3\xa9l. 03 98 76 12 08",
   "Adresse : [ADDRESS], t\xc3\xa9l. [PHONE]"},
  {"Tax file number: 479 970 271", "Tax file number: [ID]"},
  {"My TFN is 479970271. Not 479970272.", "My TFN is [ID]. Not 479970272."},
  {"placa OXD7O73, RENAVAM 02130859706.", "placa OXD7O73, RENAVAM 02130859706."},
  {"ship to Bulevar Artigas 3577, apto. 253, 11200 Montevideo", "ship to [ADDRESS]"},
  {"meine neue Adresse ist Lindenstra\xc3\x9f" "e 12, 10115 Berlin.", "meine neue Adresse ist [ADDRESS]."},
  {"We ship to 40 countries, including Peru.", "We ship to 40 countries, including Peru."},
  {"We only ship to EU countries, 2 weeks.", "We only ship to EU countries, 2 weeks."},
  {"ship it to the office, room 4, please", "ship it to the office, room 4, please"},
  {"mijn adres is Hoogstraat 156 A, 5623 EX Eindhoven. U kunt mij bellen.",
   "mijn adres is [ADDRESS]. U kunt mij bellen."},
  {"Address: Cdla. Kennedy Norte, Mz. 627 Villa 38, Guayaquil 090674", "Address: [ADDRESS]"},
  /* a village's address without a number after a label, four parts; a
   * province in parentheses after the locality; a sentence is none */
  {"Nuu / tuatusi: Falealili Street, Vaivase-Uta, Apia, Samoa", "Nuu / tuatusi: [ADDRESS]"},
  {"Resid\xc3\xabnza: Str. J. B. Purger 149, 39046 Ortisei (BZ)", "Resid\xc3\xabnza: [ADDRESS]"},
  /* address labels of more languages; ISO 20022's and HL7 CDA's elements */
  {"Aterese: 11 Hospital Street, Ga-Mphahlele, 0736", "Aterese: [ADDRESS]"},
  {"Pata: H. No. 345, Sector 2, Gandhi Nagar, Jammu, J&K 180012", "Pata: [ADDRESS]"},
  {"<PstlAdr><AdrLine>Via Castriota 15</AdrLine><AdrLine>87040 Lungro (CS)</AdrLine></PstlAdr>",
   "<PstlAdr><AdrLine>[ADDRESS]</AdrLine><AdrLine>[ADDRESS]</AdrLine></PstlAdr>"},
  {"<addr use=\"HP\"><streetAddressLine>Blk 14 Lot 14, Villa Arevalo, Oton</streetAddressLine></addr>",
   "<addr use=\"HP\"><streetAddressLine>[ADDRESS]</streetAddressLine></addr>"},
  {"<House>3</House><AdrLine>see below</AdrLine>", "<House>3</House><AdrLine>see below</AdrLine>"},
  /* an address block of lines ends where a list's next item starts */
  {"No. 46 Ankpa Road, Gboko\n2. Tersoo Ayua\n3. House 148, MB R0B 1C0",
   "No. 46 Ankpa Road, Gboko\n2. Tersoo Ayua\n3. House 148, MB R0B 1C0"},
  {"Address: see below, thanks, bye, ok", "Address: see below, thanks, bye, ok"},
  /* a province in parentheses, a state's abbreviation, a country after
   * the locality; a field's abbreviation and a party's role are none */
  {"Direici\xc3\xb3n: C/ Ur\xc3\xad\x61, 47, 3\xc2\xba I, 33400 Avil\xc3\xa9s (Asturies)",
   "Direici\xc3\xb3n: [ADDRESS]"},
  {"We live at 12 Main Street, Springfield, IL 62704, USA.", "We live at [ADDRESS]."},
  {"Wir wohnen Goethestra\xc3\x9f\x65 21a, 86272 Augsburg, Tel. 0821 123456",
   "Wir wohnen [ADDRESS], Tel. [PHONE]"},
  {"Institution address: Bole Sub-City, Woreda 10, House No. 1484\nEmail address: a@b.et",
   "Institution address: Bole Sub-City, Woreda 10, House No. 1484\nEmail address: [EMAIL]"},
  /* one mark alone is none */
  {"Глава 5, д. 3, стр. 7", "Глава 5, д. 3, стр. 7"},
  {"version 2号 is out; 第3号 issue", "version 2号 is out; 第3号 issue"},
  {"178/37 ถนนพหลโยธิน ใกล้ BTS", "178/37 ถนนพหลโยธิน ใกล้ BTS"},
  {"کافه در خیابان شریعتی است", "کافه در خیابان شریعتی است"},
  {"Route 55 شارع الهرم", "Route 55 شارع الهرم"},
  {"〒マークは郵便番号の記号です", "〒マークは郵便番号の記号です"},
  /* address labels of Uzbek, Faroese, Basque, Macedonian, Hebrew, Arabic
   * and Chinese (Arabic commas, CJK without spaces); a physical address (not
   * a MAC address's); JSON keys; "my address" */
  {"Manzil: Navoiy ko'chasi, 12-uy, 3-xonadon, Buxoro 200100\nB\xc3\xbasta\xc3\xb0ur: Heimasta g\xc3\xb8ta 5, FO-700 Klaksv\xc3\xadk\nHelbidea: Portu kalea 2, 1. A, 20003 Donostia",
   "Manzil: [ADDRESS]\nB\xc3\xbasta\xc3\xb0ur: [ADDRESS]\nHelbidea: [ADDRESS]"},
  {"\xd0\x90\xd0\xb4\xd1\x80\xd0\xb5\xd1\x81\xd0\xb0: \xd1\x83\xd0\xbb. \xd0\xa8\xd0\xb8\xd1\x80\xd0\xbe\xd0\xba \xd0\xa1\xd0\xbe\xd0\xba\xd0\xb0\xd0\xba \xd0\xb1\xd1\x80. 12, 7000 \xd0\x91\xd0\xb8\xd1\x82\xd0\xbe\xd0\xbb\xd0\xb0\n\xd7\x9b\xd7\xaa\xd7\x95\xd7\x91\xd7\xaa: \xd7\xa9\xd7\x93\xd7\xa8\xd7\x95\xd7\xaa \xd7\xa8\xd7\x95\xd7\x98\xd7\xa9\xd7\x99\xd7\x9c\xd7\x93 10, \xd7\xa8\xd7\x9e\xd7\xaa \xd7\x92\xd7\x9f, 5250000\n\xd8\xa7\xd9\x84\xd8\xb9\xd9\x86\xd9\x88\xd8\xa7\xd9\x86: 12 \xd8\xb4\xd8\xa7\xd8\xb1\xd8\xb9 \xd9\x85\xd8\xb5\xd8\xaf\xd9\x82\xd8\x8c \xd8\xa7\xd9\x84\xd8\xaf\xd9\x82\xd9\x8a\xd8\x8c \xd8\xa7\xd9\x84\xd8\xac\xd9\x8a\xd8\xb2\xd8\xa9 12311\n\xe5\x9c\xb0\xe5\x9d\x80 Address: \xe4\xb9\x9d\xe9\xbe\x8d\xe8\xa7\x80\xe5\xa1\x98\xe9\x81\x93" "100\xe8\x99\x9f" "7\xe6\xa8\x93" "B\xe5\xae\xa4",
   "\xd0\x90\xd0\xb4\xd1\x80\xd0\xb5\xd1\x81\xd0\xb0: [ADDRESS]\n\xd7\x9b\xd7\xaa\xd7\x95\xd7\x91\xd7\xaa: [ADDRESS]\n\xd8\xa7\xd9\x84\xd8\xb9\xd9\x86\xd9\x88\xd8\xa7\xd9\x86: [ADDRESS]\n\xe5\x9c\xb0\xe5\x9d\x80 Address: [ADDRESS]"},
  {"Physical address: KN 10 St 42, Nyamirambo, Kigali\nPhysical Address. . . . . . . . . : 00-1A-2B-3C-4D-5E",
   "Physical address: [ADDRESS]\nPhysical Address. . . . . . . . . : 00-1A-2B-3C-4D-5E"},
  {"\"shipping_address\":{\"address1\":\"12 Kamehameha Hwy\",\"city\":\"Hilo\"}\nand my address KK 514 St 81, Kacyiru, Kigali\nStreet: closed for works until 12 May",
   "\"shipping_address\":{\"address1\":\"[ADDRESS]\",\"city\":\"Hilo\"}\nand my address [ADDRESS]\nStreet: closed for works until 12 May"},

  {"Service address: Unit 32 Protea Gardens, 142 Dorp Street, Stellenbosch 7600",
   "Service address: [ADDRESS]"},
  {"Address for taxis: Rose Cottage, 28 Ropewalk, Nottingham, NG1 5DT", "Address for taxis: [ADDRESS]"},
  {"Domicilio:\nJr. Jun\xc3\xadn 883\nCercado de Lima, Lima 15001\n\nGracias", "Domicilio:\n[ADDRESS]\n\nGracias"},
  {"Anschrift:\nJohanna Zimmermann\nFliederweg 73\n33691 Bielefeld", "Anschrift:\n[NAME]\n[ADDRESS]"},
  {"Jan Nov\xc3\xa1k, bytem Dlouh\xc3\xa1 945/21, 110 00 Praha 1 (d\xc3\xa1le jen)",
   "[NAME], bytem [ADDRESS] (d\xc3\xa1le jen)"},
  {"con domicilio en Calle 60 542 Depto. 464, Col. Centro, C.P. 97000, M\xc3\xa9rida, Yuc., y por otra",
   "con domicilio en [ADDRESS], y por otra"},
  {"{\"address\": \"Seefeldstrasse 24, 9000 St. Gallen\", \"card\": \"x\"}",
   "{\"address\": \"[ADDRESS]\", \"card\": \"x\"}"},
  {"Adresse : 139 bis chemin de la Croix, 59042 Lille, est cit\xc3\xa9 \xc3\xa0 compara\xc3\xaetre le 2 juin",
   "Adresse : [ADDRESS], est cit\xc3\xa9 \xc3\xa0 compara\xc3\xaetre le 2 juin"},
  /* other kinds of address, and values that are none */
  {"MAC address: 00:1A:2B:3C:4D:5E", "MAC address: 00:1A:2B:3C:4D:5E"},
  {"Server address: build-7, rack 12", "Server address: build-7, rack 12"},
  {"Address: see below", "Address: see below"},
  {"Address: 10.0.0.1", "Address: [IP]"},
};

/* addresses without a label, in layouts of more countries; each beside a
 * case that must stay untouched */
static const struct tc layouts[] = {
  /* nine digits spaced 3-2-2-2 (ES, PT) are a phone when the plan says
   * so; an amount grouped so is none */
  {"Mam\xc3\xa1: Macarena 622 22 41 26", "Mam\xc3\xa1: [NAME] [PHONE]"},
  {"Total 123 45 67 89", "Total 123 45 67 89"},
  /* Russia's trunk 8 and its code in parentheses; a Cyrillic roster */
  {"\xd0\x98\xd1\x80\xd0\xb3\xd0\xb8\xd1\x82 \xd0\x91\xd1\x83\xd1\x8f\xd0\xbd \xe2\x80\x94 8 (914) 854-55-26\n"
   "\xd0\xa1\xd0\xb0\xd0\xb0\xd1\x8f \xd0\x9d\xd0\xb0\xd1\x87\xd1\x8b\xd0\xbd \xe2\x80\x94 8 (914) 362-68-85",
   "[NAME] \xe2\x80\x94 [PHONE]\n[NAME] \xe2\x80\x94 [PHONE]"},
  {"step 8 (914) of 854-55-26", "step 8 (914) of 854-55-26"},
  /* phone words of more languages */
  {"Tereboon: 63001455\nTelefoni: 7644590", "Tereboon: [PHONE]\nTelefoni: [PHONE]"},
  {"Tobias Ojwang, simu 0115 274065", "[NAME], simu [PHONE]"},
  /* CA: two spaces before the code (Canada Post), "(QC)", unit-civic */
  {"Property: 336-1027 Barrington St, Halifax NS  B3J 1Z7", "Property: [ADDRESS]"},
  {"en 4366, Rue Saint-Denis, Montr\xc3\xa9\x61l (QC)  H2X 3J6", "en [ADDRESS]"},
  /* the postcode after the city (NZ, ID), after a comma */
  {"meet at 62 Riccarton Road, Riccarton, Christchurch 8011", "meet at [ADDRESS]"},
  {"Penjemputan: Jl. Prawirotaman No. 123, RT 13/RW 09, Mergangsan, Yogyakarta 55153",
   "Penjemputan: [ADDRESS]"},
  {"Upgrade 12 Main Street servers, version 2019", "Upgrade 12 Main Street servers, version 2019"},
  {"Verbrauch 1167 kWh, Abschlag 224,32 \xe2\x82\xac, f\xc3\xa4llig 9. Mai 2026",
   "Verbrauch 1167 kWh, Abschlag 224,32 \xe2\x82\xac, f\xc3\xa4llig 9. Mai 2026"},
  /* KR: a road-name address in running text, its building's and flat's
   * numbers and postal code too; a number after a word ending in 로 alone
   * stays */
  {"\xec\x88\x99\xec\x86\x8c \xec\xa3\xbc\xec\x86\x8c\xeb\x8a\x94 \xec\x84\x9c\xec\x9a\xb8\xed\x8a\xb9\xeb\xb3\x84\xec\x8b\x9c \xea\xb0\x95\xeb\x82\xa8\xea\xb5\xac \xed\x85\x8c\xed\x97\xa4\xeb\x9e\x80\xeb\xa1\x9c 18, 101\xeb\x8f\x99 532\xed\x98\xb8 (06142)\xec\x9e\x85\xeb\x8b\x88\xeb\x8b\xa4. 2\xeb\xa1\x9c \xea\xb0\x80\xec\x9a\x94",
   "\xec\x88\x99\xec\x86\x8c \xec\xa3\xbc\xec\x86\x8c\xeb\x8a\x94 [ADDRESS]\xec\x9e\x85\xeb\x8b\x88\xeb\x8b\xa4. 2\xeb\xa1\x9c \xea\xb0\x80\xec\x9a\x94"},
  /* RU: a city alone beside its postcode, before or after the street; a
   * time after the postcode stays */
  {"\xd0\xbf\xd1\x80\xd0\xb0\xd0\xb7\xd0\xb4\xd0\xbd\xd1\x83\xd0\xb5\xd0\xbc \xd0\xb4\xd0\xbe\xd0\xbc\xd0\xb0, \xd1\x83\xd0\xbb. \xd0\xa0\xd1\x8f\xd0\xb1\xd0\xb8\xd0\xbd\xd0\xbe\xd0\xb2\xd0\xb0\xd1\x8f, \xd0\xb4. 40, \xd0\xba\xd0\xb2. 65, \xd0\x9d\xd0\xbe\xd0\xb2\xd0\xbe\xd1\x81\xd0\xb8\xd0\xb1\xd0\xb8\xd1\x80\xd1\x81\xd0\xba, 630099, \xd1\x81 15 \xd0\xb4\xd0\xbe 18\n\xd0\xbf\xd1\x80\xd0\xb5\xd0\xb6\xd0\xbd\xd0\xb8\xd0\xb9: 620075, \xd0\x95\xd0\xba\xd0\xb0\xd1\x82\xd0\xb5\xd1\x80\xd0\xb8\xd0\xbd\xd0\xb1\xd1\x83\xd1\x80\xd0\xb3, \xd1\x83\xd0\xbb. \xd0\x97\xd0\xb0\xd1\x80\xd0\xb5\xd1\x87\xd0\xbd\xd0\xb0\xd1\x8f, \xd0\xb4. 15, \xd0\xba\xd0\xb2. 19).",
   "\xd0\xbf\xd1\x80\xd0\xb0\xd0\xb7\xd0\xb4\xd0\xbd\xd1\x83\xd0\xb5\xd0\xbc \xd0\xb4\xd0\xbe\xd0\xbc\xd0\xb0, [ADDRESS], \xd1\x81 15 \xd0\xb4\xd0\xbe 18\n\xd0\xbf\xd1\x80\xd0\xb5\xd0\xb6\xd0\xbd\xd0\xb8\xd0\xb9: [ADDRESS])."},
  /* TR: a flat's "Daire: 4" inside the address; UK: a flat's floor before
   * it ("Ground Floor Flat, ...") */
  {"yeni adresim: Bah\xc3\xa7" "elievler Mah. Menek\xc5\x9f" "e Sok. No: 52 Daire: 4, 06490 \xc3\x87" "ankaya/Ankara (eski\nLandlord: Callum Haworth of Ground Floor Flat, 41 Quarry Hill Lane, York YO31 7RD",
   "yeni adresim: [ADDRESS] (eski\nLandlord: [NAME] of [ADDRESS]"},
  /* TR: "No:75 D:2" without a space after the colon; MX: a street of a
   * colonia's kind ("Cerrada") and "C.P." with five digits after the
   * state; a closed door stays (stop 46) */
  {"adres Cafera\xc4\x9f" "a Mah. Menek\xc5\x9f" "e Sokak No:75 D:2, 35040 Bornova/\xc4\xb0zmir.\n"
   "Origen 06:40: Cerrada de Tulipanes 139, Col. Del Valle, Ciudad de M\xc3\xa9xico, CDMX, C.P. 03910\n"
   "La puerta est\xc3\xa1 cerrada desde 2020.",
   "adres [ADDRESS].\nOrigen 06:40: [ADDRESS]\nLa puerta est\xc3\xa1 cerrada desde 2020."},
  /* who called whom at which number, a contact's number after an en dash,
   * a phone that an em dash ends (not a date after it); a bank's line
   * after "llama al" stays (stop 46) */
  {"Nota: el conductor me llam\xc3\xb3 al 91 172 33 94.\nTransmitente: \xc3\x81lvaro Aranda Villalobos \xe2\x80\x93 95 908 52 57\n"
   "Tel. 974 703 939 \xe2\x80\x94 02/03/1953 \xe2\x80\x94 recibido\nSi no has sido t\xc3\xba, llama al 55 5133 4000.",
   "Nota: el conductor me llam\xc3\xb3 al [PHONE].\nTransmitente: [NAME] \xe2\x80\x93 [PHONE]\n"
   "Tel. [PHONE] \xe2\x80\x94 02/03/1953 \xe2\x80\x94 recibido\nSi no has sido t\xc3\xba, llama al 55 5133 4000."},
  /* texts that end inside this stop's layouts (read at a page's end: no
   * byte past the text; fuzz_redact found the first) */
  {"party at 9 G", "party at 9 G"},
  {"Ground Floo", "Ground Floo"},
  {"OO/IIII-KA-", "OO/IIII-KA-"},
  {"AB/C", "AB/C"},
  {"\xe3\x81\x94\xe5\xae\xbf\xe6\xb3\x8a\xe8\x80\x85: \xe6\x9c\xa8\xe6\x9d\x91\xe5\xa5\x88\xe3\x80\x85, \xe6\x9c\xa8\xe6\x9d\x91",
   "\xe3\x81\x94\xe5\xae\xbf\xe6\xb3\x8a\xe8\x80\x85: [NAME], [NAME]"},
  {"Infos f\xc3\xbcr Silvan ", "Infos f\xc3\xbcr Silvan "},
  /* BE: the street word first, the number after */
  {"| 3 | Rue Saint-Gilles 132, 4000 Li\xc3\xa8ge | x |", "| 3 | [ADDRESS] | x |"},
  /* AU: a unit before a '/' */
  {"Property: 1/120 Hay Street, Subiaco WA 6008", "Property: [ADDRESS]"},
  {"Unit 17/50 Wattle Street, FITZROY VIC 3065", "[ADDRESS]"},
  /* Baltic, Maltese, Kazakh, Korean layouts and "residing" phrases of more
   * languages; a receipt's card line and a date in capitals stay */
  {"Juridisk\xc4\x81 adrese: Elizabetes iela 82-20, R\xc4\xabga, LV-1050", "Juridisk\xc4\x81 adrese: [ADDRESS]"},
  {"Ieva Vaitkien\xc4\x97, gyvenantis Gedimino pr. 14-38, LT-01103 Vilnius", "[NAME], gyvenantis [ADDRESS]"},
  {"of 84, Triq ir-Repubblika, Victoria, G\xc4\xa7\x61wdex VCT 1012", "of [ADDRESS]"},
  {"The address is Apartment 6, Building 68, Seoul Street, Ulaanbaatar 14251", "The address is [ADDRESS]"},
  {"\xd1\x83\xd0\xbb. \xd0\x9a\xd0\xb5\xd0\xbd\xd0\xb5\xd1\x81\xd0\xb0\xd1\x80\xd1\x8b, 33, \xd0\xba\xd0\xb2. 28, \xd0\x90\xd1\x81\xd1\x82\xd0\xb0\xd0\xbd\xd0\xb0 010000",
   "[ADDRESS]"},
  {"<NAME:11>Gregor Kos <ADDRESS:30>Kidri\xc4\x8d\x65va ulica 25, 6000 Koper <EOR>",
   "<NAME:11>[NAME] <ADDRESS:30>[ADDRESS] <EOR>"},
  {"Mi direcci\xc3\xb3n es Calle de Alcal\xc3\xa1, 86, 8\xc2\xba B, 28009 Madrid. \xc2\xbfLo escribo?",
   "Mi direcci\xc3\xb3n es [ADDRESS]. \xc2\xbfLo escribo?"},
  {"TOTAL 967,43 \xe2\x82\xac\nending in 1975  AUTH 656077\n", "TOTAL 967,43 \xe2\x82\xac\nending in 1975  AUTH 656077\n"},
  {"1 BIRT\n2 PLAC Kuopio, Finland\n1 DEAT\n2 DATE 11 FEB 2023\n", "1 BIRT\n2 PLAC Kuopio, Finland\n1 DEAT\n2 DATE 11 FEB 2023\n"},
  /* Korean and Chinese addresses after their labels, Colombian ones by
   * their '#', "Mine is ..."; a label without an address, a phrase without
   * one stay */
  {"\xec\xa3\xbc\xec\x86\x8c: \xec\x84\x9c\xec\x9a\xb8\xed\x8a\xb9\xeb\xb3\x84\xec\x8b\x9c \xec\x9b\x94\xeb\x93\x9c\xec\xbb\xb5\xeb\xa1\x9c 4, 102\xeb\x8f\x99 1221\xed\x98\xb8\n",
   "\xec\xa3\xbc\xec\x86\x8c: [ADDRESS]\n"},
  {"\xec\xa3\xbc\xec\x86\x8c: \xec\x95\x8c\xeb\xa0\xa4\xec\xa3\xbc\xec\x84\xb8\xec\x9a\x94\n",
   "\xec\xa3\xbc\xec\x86\x8c: \xec\x95\x8c\xeb\xa0\xa4\xec\xa3\xbc\xec\x84\xb8\xec\x9a\x94\n"},
  {"still Calle 45 # 50-77, Apto 937, Bogot\xc3\xa1, D.C.?", "still [ADDRESS]?"},
  {"Mine is Obchodn\xc3\xa1 83, 811 06 Bratislava.", "Mine is [ADDRESS]."},
  {"Mine is blue", "Mine is blue"},
  /* SWIFT MT103: the parties' address lines, not the other fields */
  {":50K:/CZ8491877879221817131314\nJIRI DVORAK\nVINOHRADSKA 1387/44\n120 00 PRAHA 2\n:57A:NBIIISRE\n",
   ":50K:/[IBAN]\n[NAME]\n[ADDRESS]\n:57A:NBIIISRE\n"},
  {":20:REF123\n:32A:251217CHF55481,00\n:71A:SHA\n", ":20:REF123\n:32A:251217CHF55481,00\n:71A:SHA\n"},
  /* a Chinese resident id before CJK punctuation, Portuguese NIF after "n.º", immigration numbers; a company's PAN and "a number" stay (stop 47) */
  {"\xe5\x85\xac\xe6\xb0\x91\xe8\xba\xab\xe4\xbb\xbd\xe5\x8f\xb7\xe7\xa0\x81\xef\xbc\x9a" "310104197005127672\xef\xbc\x8c\xe8\x81\x94\xe7\xb3\xbb\xe7\x94\xb5\xe8\xaf\x9d\ncontribuinte n.\xc2\xba 133486451, residente\nA-Number: A-282-876-258\nV-nummer: 4340655466\nTrust PAN: AAATS5575K\nI have a number: 12345678\n",
   "\xe5\x85\xac\xe6\xb0\x91\xe8\xba\xab\xe4\xbb\xbd\xe5\x8f\xb7\xe7\xa0\x81\xef\xbc\x9a[ID]\xef\xbc\x8c\xe8\x81\x94\xe7\xb3\xbb\xe7\x94\xb5\xe8\xaf\x9d\ncontribuinte n.\xc2\xba [ID], residente\nA-Number: [ID]\nV-nummer: [ID]\nTrust PAN: AAATS5575K\nI have a number: [PHONE]\n"},
  /* dates of birth said after the date and a parent's on a child's form; a meeting's date after a name stays (stop 47) */
  {"\xe5\x8e\x9f\xe5\x91\x8a\xef\xbc\x9a\xe8\xa6\x83\xe7\xab\x8b\xe6\x96\xb0\xef\xbc\x8c\xe7\x94\xb7\xef\xbc\x8c" "1991\xe5\xb9\xb4" "6\xe6\x9c\x88" "26\xe6\x97\xa5\xe5\x87\xba\xe7\x94\x9f\xef\xbc\x8c\xe6\xb1\x89\xe6\x97\x8f\n\xd0\xaf, \xd0\x9a\xd0\xbe\xd0\xbb\xd0\xb5\xd1\x81\xd0\xbd\xd0\xb8\xd0\xba\xd0\xbe\xd0\xb2 \xd0\x92\xd1\x81\xd0\xb5\xd0\xb2\xd0\xbe\xd0\xbb\xd0\xbe\xd0\xb4 \xd0\x9e\xd0\xbb\xd0\xb5\xd0\xb3\xd0\xbe\xd0\xb2\xd0\xb8\xd1\x87, 03.08.1977 \xd0\xb3\xd0\xbe\xd0\xb4\xd0\xb0 \xd1\x80\xd0\xbe\xd0\xb6\xd0\xb4\xd0\xb5\xd0\xbd\xd0\xb8\xd1\x8f\nVater: Jannik Sandmeier, 20.11.1995\nMeeting: John Smith, 03.04.2025\n",
   "\xe5\x8e\x9f\xe5\x91\x8a\xef\xbc\x9a[NAME]\xef\xbc\x8c\xe7\x94\xb7\xef\xbc\x8c[DOB]\xe5\x87\xba\xe7\x94\x9f\xef\xbc\x8c\xe6\xb1\x89\xe6\x97\x8f\n\xd0\xaf, [NAME], [DOB] \xd0\xb3\xd0\xbe\xd0\xb4\xd0\xb0 \xd1\x80\xd0\xbe\xd0\xb6\xd0\xb4\xd0\xb5\xd0\xbd\xd0\xb8\xd1\x8f\nVater: [NAME], [DOB]\nMeeting: [NAME], 03.04.2025\n"},
  /* a Greek summons' address after κατοίκου, a Swedish town after two spaces, a house after "of" (stop 47) */
  {"\xce\xa4\xce\xbf\xcf\x85/\xce\xa4\xce\xb7\xcf\x82 \xce\xa3\xcf\x80\xcf\x85\xcf\x81\xce\xaf\xce\xb4\xcf\x89\xce\xbd \xce\xa3\xcf\x84\xce\xb1\xcf\x85\xcf\x81\xcf\x8c\xcf\x80\xce\xbf\xcf\x85\xce\xbb\xce\xbf\xcf\x82, \xce\xba\xce\xb1\xcf\x84\xce\xbf\xce\xaf\xce\xba\xce\xbf\xcf\x85 \xce\x9f\xce\xb4\xcf\x8c\xcf\x82 \xce\x9a\xce\xbf\xcf\x81\xce\xaf\xce\xbd\xce\xb8\xce\xbf\xcf\x85 116, 262 21 \xce\xa0\xce\xac\xcf\x84\xcf\x81\xce\xb1, \xcf\x84\xce\xb7\xce\xbb. 2105321234\nAdress: Storgatan 70, 582 24  LINK\xc3\x96PING\nI, Ellis Marchbank of Ivy Cottage, 7 Quarry Hill Rise, Harrogate HG1 5NL, born 11\n",
   "\xce\xa4\xce\xbf\xcf\x85/\xce\xa4\xce\xb7\xcf\x82 [NAME], \xce\xba\xce\xb1\xcf\x84\xce\xbf\xce\xaf\xce\xba\xce\xbf\xcf\x85 [ADDRESS], \xcf\x84\xce\xb7\xce\xbb. [PHONE]\nAdress: [ADDRESS]\nI, [NAME] of [ADDRESS], born 11\n"},
  /* courts' and firms' addresses, phones and mailboxes are theirs; a person's phone before their own mailbox stays (stop 47) */
  {"Can you make my reply firmer?\nGidgee Legal Pty Ltd\nLevel 9, 60 Queen Street, Brisbane QLD 4000\n\nTribunal judiciaire de Lyon\n67 rue Servient, 69003 Lyon\nTel. 04 72 60 70 12\ngreffe@courts.example.org\n\nConsultas: 0161 496 0372, kontakt@justiz.example\nCall me: 0161 496 0372, anna.weber@gmail.com\n",
   "Can you make my reply firmer?\nGidgee Legal Pty Ltd\nLevel 9, 60 Queen Street, Brisbane QLD 4000\n\nTribunal judiciaire de Lyon\n67 rue Servient, 69003 Lyon\nTel. 04 72 60 70 12\ngreffe@courts.example.org\n\nConsultas: 0161 496 0372, kontakt@justiz.example\nCall me: [PHONE], [EMAIL]\n"},
};

static void test_addresses_in_more_layouts(void **state)
{
  (void)state;
  RUN(layouts);
}

static void test_addresses_by_their_label(void **state)
{
  (void)state;
  RUN(labelled);
}

static void test_national_identity_numbers(void **state)
{
  (void)state;
  RUN(ids);
}

static void test_birth_phone_and_password_words(void **state)
{
  (void)state;
  RUN(words);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_addresses_by_their_label),
      cmocka_unit_test(test_addresses_in_more_layouts),
      cmocka_unit_test(test_national_identity_numbers),
      cmocka_unit_test(test_birth_phone_and_password_words),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
