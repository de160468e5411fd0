/* Unit tests for the text as a person reads it (gateway/redact/repair.c):
 * soft hyphens and zero-width characters inside words, ligatures, HTML's
 * layout tags and entities, RTF's controls and mojibake, each read through
 * before the scan, and two columns side by side read one after the other
 * (columns.c); the spans cover the original bytes, and a span never
 * swallows markup. Each case has a twin the repair must leave alone. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "redact_cases.h"

static const struct tc invisible[] = {
  /* a soft hyphen (U+00AD) and a zero-width space inside what a reader
   * sees as one word; the span takes them along */
  {"Contact: ma\xc2\xad" "rie.dupont@exemple.fr or +33 6 12 34\xe2\x80\x8b 56 78",
   "Contact: [EMAIL] or [PHONE]"},
  {"Open http://192.168.178.1 then log in as ad\xc2\xad" "min",
   "Open http://[IP] then log in as ad\xc2\xad" "min"},
  /* a ligature (U+FB01) in a labelled name */
  {"Name: Ra\xef\xac\x81" "que Benali, born 04.07.1988",
   "Name: [NAME], born [DOB]"},
  /* a byte order mark before a line */
  {"\xef\xbb\xbf" "IBAN: DE89 3704 0044 0532 0130 00", "\xef\xbb\xbf" "IBAN: [IBAN]"},
};

static const struct tc ocr[] = {
  /* a card number read by OCR under its label: letters for digits, then
   * Luhn and an issuer range; not a label's other text */
  {"Card number\n2720 4l99 3048 6573  Copy\nNumero carta\n23O0 7345 8867 0205  Copia\nCard number: Sold out 2024\nCard number\n4111 1lll 1111 1112",
   "Card number\n[CARD]  Copy\nNumero carta\n[CARD]  Copia\nCard number: Sold out 2024\nCard number\n4111 1lll 1111 1112"},
};

static const struct tc html[] = {
  /* layout tags and entities read through: the label's value after
   * "&nbsp;", the lines of an address apart at <br>, each hidden and the
   * tags kept */
  {"<b>Billing name:</b>&nbsp;Lionel Haworth<br>\n<b>Billing address:</b>&nbsp;Flat 8, 171 Pinfold Lane<br>Tiverton<br>EX16 6NB<br>",
   "<b>Billing name:</b>&nbsp;[NAME]<br>\n<b>Billing address:</b>&nbsp;[ADDRESS]<br>[ADDRESS]<br>[ADDRESS]<br>"},
  /* entities inside a value: the span covers them */
  {"<p>Mail: anna.weber&#64;web.de, Tel. +49&nbsp;30&nbsp;12345678</p>",
   "<p>Mail: [EMAIL], Tel. [PHONE]</p>"},
  /* a tag with attributes is not read through (its value is scanned as
   * it stands) */
  {"<a href=\"mailto:j.kowalski@firma.pl\">napisz</a> &amp; <a href=\"tel:+48601234567\">zadzwo\xc5\x84</a>",
   "<a href=\"mailto:[EMAIL]\">napisz</a> &amp; <a href=\"tel:[PHONE]\">zadzwo\xc5\x84</a>"},
  /* not entities, not tags: code and comparisons stay as they are */
  {"if (a < b && c > d) { x = y &amp z; } <vector<int>> &nbsp", "if (a < b && c > d) { x = y &amp z; } <vector<int>> &nbsp"},
};

static const struct tc rtf[] = {
  /* RTF's controls read through inside {\rtf ...}: \par ends a line,
   * \'f3 is a letter; the file's own line ends are nothing */
  {"{\\rtf1\\ansi{\\fonttbl{\\f0\\fswiss Arial;}}\\f0\\fs22 {\\b D\\'f3nal Sowerby}\\par Rose Cottage, Coldharbour Road\\par Kendal\\par LA9 4PR\\par Tel. +44 161 371 5421\\par}",
   "{\\rtf1\\ansi{\\fonttbl{\\f0\\fswiss Arial;}}\\f0\\fs22 {\\b [NAME]}\\par [ADDRESS]\\par [ADDRESS]\\par [ADDRESS]\\par Tel. [PHONE]\\par}"},
  /* outside an RTF group a backslash is a backslash */
  {"C:\\par\\Users\\anna.weber\\Documents", "C:\\par\\Users\\anna.weber\\Documents"},
};

static const struct tc mojibake[] = {
  /* UTF-8 read as Windows-1252, once and twice over */
  {"Sehr geehrter Herr J\xc3\x83\xc2\xbcrgen M\xc3\x83\xc2\xbcller,\nIhre IBAN DE89 3704 0044 0532 0130 00",
   "Sehr geehrter Herr [NAME],\nIhre IBAN [IBAN]"},
  {"Contact : Fran\xc3\x83\xc2\xa7ois B\xc3\x83\xc2\xa9rub\xc3\x83\xc2\xa9 \xc3\x83\xe2\x80\x9a\xc3\x82\xc2\xb7 francois.berube@exemple.ca",
   "Contact : [NAME] \xc3\x83\xe2\x80\x9a\xc3\x82\xc2\xb7 [EMAIL]"},
  /* a CSV exported twice over, its header without diacritics */
  {"imie;nazwisko;telefon\nMa\xc3\x83\xe2\x80\xa6\xc3\xa2\xe2\x82\xac\xc5\xa1gorzata;Dudek;22 190 20 22\nBart\xc3\x85\xe2\x80\x9aomiej;Jab\xc3\x85\xe2\x80\x9ao\xc3\x85\xe2\x80\x9eski;733 993 832",
   "imie;nazwisko;telefon\n[NAME];[NAME];[PHONE]\n[NAME];[NAME];[PHONE]"},
  /* real text in Latin-1 letters is no mojibake */
  {"\xc3\x82ge: 34 ans, pr\xc3\xa9nom: \xc3\x83lvaro", "\xc3\x82ge: 34 ans, pr\xc3\xa9nom: [NAME]"},
};

static const struct tc fullwidth[] = {
  /* a form typed with a Japanese input method: full-width digits, letters
   * and '@' '.' '_' '-' read as ASCII; the name with an ideographic space,
   * its reading in katakana; a shop's address is its own */
  {"\xe6\xb0\x8f\xe5\x90\x8d\xef\xbc\x9a\xe5\xb2\xa1\xe6\x9c\xac\xe3\x80\x80\xe7\xbe\x8e\xe5\x92\xb2\n" /* 氏名：岡本　美咲 */
   "\xe3\x83\x95\xe3\x83\xaa\xe3\x82\xac\xe3\x83\x8a\xef\xbc\x9a\xe3\x82\xaa\xe3\x82\xab\xe3\x83\xa2\xe3\x83\x88\xe3\x80\x80\xe3\x83\x9f\xe3\x82\xb5\xe3\x82\xad\n" /* フリガナ：オカモト　ミサキ */
   "\xe3\x83\xa1\xe3\x83\xbc\xe3\x83\xab\xef\xbc\x9a\xef\xbd\x8d\xef\xbd\x89\xef\xbc\xbf\xef\xbc\x91\xef\xbc\xa0\xef\xbd\x99\xef\xbd\x81\xef\xbc\x8e\xef\xbd\x8a\xef\xbd\x90\n" /* メール：ｍｉ＿１＠ｙａ．ｊｐ */
   "\xe4\xbd\x8f\xe6\x89\x80\xef\xbc\x9a\xe3\x80\x92\xef\xbc\x99\xef\xbc\x98\xef\xbc\x90\xef\xbc\x8d\xef\xbc\x90\xef\xbc\x98\xef\xbc\x91\xef\xbc\x91\xe3\x80\x80\xe5\xae\xae\xe5\x9f\x8e\xe7\x9c\x8c\xe4\xbb\x99\xe5\x8f\xb0\xe5\xb8\x82\n" /* 住所：〒９８０－０８１１　宮城県仙台市 */
   "\xe5\xba\x97\xe8\x88\x97\xef\xbc\x9a\xe3\x80\x92\xef\xbc\x91\xef\xbc\x90\xef\xbc\x90\xef\xbc\x8d\xef\xbc\x90\xef\xbc\x90\xef\xbc\x90\xef\xbc\x95\xe3\x80\x80\xe6\x9d\xb1\xe4\xba\xac\xe9\x83\xbd", /* 店舗：〒１００－０００５　東京都 */
   "\xe6\xb0\x8f\xe5\x90\x8d\xef\xbc\x9a[NAME]\n"
   "\xe3\x83\x95\xe3\x83\xaa\xe3\x82\xac\xe3\x83\x8a\xef\xbc\x9a[NAME]\n"
   "\xe3\x83\xa1\xe3\x83\xbc\xe3\x83\xab\xef\xbc\x9a[EMAIL]\n"
   "\xe4\xbd\x8f\xe6\x89\x80\xef\xbc\x9a[ADDRESS]\n"
   "\xe5\xba\x97\xe8\x88\x97\xef\xbc\x9a\xe3\x80\x92\xef\xbc\x91\xef\xbc\x90\xef\xbc\x90\xef\xbc\x8d\xef\xbc\x90\xef\xbc\x90\xef\xbc\x90\xef\xbc\x95\xe3\x80\x80\xe6\x9d\xb1\xe4\xba\xac\xe9\x83\xbd"},
  /* Arabic-Indic and Eastern Arabic (Persian) digits read as ASCII digits:
   * a birth date, a phone and an Iranian id in them are found, the output
   * keeps the original text elsewhere (stop 49) */
  {"\xd8\xa3\xd9\x86\xd8\xa7 \xd9\x86\xd9\x88\xd9\x81 \xd8\xa7\xd9\x84\xd8\xb9\xd8\xaa\xd9\x8a\xd8\xa8\xd9\x8a\xd8\x8c \xd8\xaa\xd8\xa7\xd8\xb1\xd9\x8a\xd8\xae \xd8\xa7\xd9\x84\xd9\x85\xd9\x8a\xd9\x84\xd8\xa7\xd8\xaf \xd9\xa1\xd9\xa8/\xd9\xa9/\xd9\xa1\xd9\xa9\xd9\xa7\xd9\xa7.\n\xd8\xb1\xd9\x82\xd9\x85 \xd8\xa7\xd9\x84\xd9\x87\xd8\xa7\xd8\xaa\xd9\x81 \xd9\xa0\xd9\xa5\xd9\xa5\xd9\xa7\xd9\xa8\xd9\xa0\xd9\xa6\xd9\xa5\xd9\xa6\xd9\xa2\n\xd8\xb3\xd9\x86\xd8\xa9 \xd9\xa1\xd9\xa4\xd9\xa4\xd9\xa5 \xd9\x87\xd9\x80\n",
   "\xd8\xa3\xd9\x86\xd8\xa7 [NAME]\xd8\x8c \xd8\xaa\xd8\xa7\xd8\xb1\xd9\x8a\xd8\xae \xd8\xa7\xd9\x84\xd9\x85\xd9\x8a\xd9\x84\xd8\xa7\xd8\xaf [DOB].\n\xd8\xb1\xd9\x82\xd9\x85 \xd8\xa7\xd9\x84\xd9\x87\xd8\xa7\xd8\xaa\xd9\x81 [PHONE]\n\xd8\xb3\xd9\x86\xd8\xa9 \xd9\xa1\xd9\xa4\xd9\xa4\xd9\xa5 \xd9\x87\xd9\x80\n"},
};

static const struct tc columns[] = {
  /* two columns of a PDF side by side: the right one read down, its
   * street and town one address, each cell's span on its own bytes */
  {"Hollins Facilities plc              Employee:\n"
   "PAYE ref 120/AB45678                Morwenna Entwistle\n"
   "Pay period: March 2025              Flat 7, 176 Kiln Lane\n"
   "Gross pay: \xc2\xa3" "4,984.60                Ludlow SY8 1DB\n"
   "Tax: \xc2\xa3" "522.52                        NI number: PP171857B\n\nNet pay: \xc2\xa3" "1,505.35",
   "Hollins Facilities plc              Employee:\n"
   "PAYE ref 120/AB45678                [NAME]\n"
   "Pay period: March 2025              [ADDRESS]\n"
   "Gross pay: \xc2\xa3" "4,984.60                [ADDRESS]\n"
   "Tax: \xc2\xa3" "522.52                        NI number: [ID]\n\nNet pay: \xc2\xa3" "1,505.35"},
  /* an invoice's two addresses side by side, with a soft hyphen */
  {"Invoice 2024-117                    Bill to:\n"
   "Sold by Tarn & Fell Ltd, VAT GB 123 4567 89    Mrs Priya Natarajan\n"
   "Due: 14 days from 03/02/2025        12 Acacia Ave\xc2\xad" "nue\n"
   "Total: \xc2\xa3" "1,250.00                    Reading RG1 2AB",
   "Invoice 2024-117                    Bill to:\n"
   "Sold by Tarn & Fell Ltd, VAT GB 123 4567 89    Mrs [NAME]\n"
   "Due: 14 days from 03/02/2025        [ADDRESS]\n"
   "Total: \xc2\xa3" "1,250.00                    [ADDRESS]"},
  /* tables and a form keep their rows: cells parted by two spaces, '|',
   * labels over their values */
  {"#  Child                  DOB         Parent contact\n"
   "1  Desmond Pemberton      23/09/2018  07593 705 673\n"
   "2  Lionel Trelawney       01/02/2016  +44 7989 819557",
   "#  Child                  DOB         Parent contact\n"
   "1  [NAME]      [DOB]  [PHONE]\n"
   "2  [NAME]       [DOB]  [PHONE]"},
  {"connection.id:                          Casa-4D45\n"
   "802-11-wireless-security.key-mgmt:      wpa-psk\n"
   "802-11-wireless-security.psk:           R+zMWnc*h*9Fi+q\n"
   "IP4.ADDRESS[1]:                         192.168.7.115/24",
   "connection.id:                          Casa-4D45\n"
   "802-11-wireless-security.key-mgmt:      wpa-psk\n"
   "802-11-wireless-security.psk:           [SECRET]\n"
   "IP4.ADDRESS[1]:                         [IP]/24"},
};

static void test_invisible_characters_and_ligatures(void **state)
{
  (void)state;
  RUN(invisible);
}

static void test_ocr_card_numbers(void **state)
{
  (void)state;
  RUN(ocr);
}

static void test_html_layout_and_entities(void **state)
{
  (void)state;
  RUN(html);
}

static void test_rtf_controls(void **state)
{
  (void)state;
  RUN(rtf);
}

static void test_mojibake(void **state)
{
  (void)state;
  RUN(mojibake);
}

static void test_full_width_forms(void **state)
{
  (void)state;
  RUN(fullwidth);
}

static void test_two_columns_side_by_side(void **state)
{
  (void)state;
  RUN(columns);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_invisible_characters_and_ligatures),
      cmocka_unit_test(test_ocr_card_numbers),
      cmocka_unit_test(test_html_layout_and_entities),
      cmocka_unit_test(test_rtf_controls),
      cmocka_unit_test(test_mojibake),
      cmocka_unit_test(test_full_width_forms),
      cmocka_unit_test(test_two_columns_side_by_side),
  };
  int rc = cmocka_run_group_tests(tests, NULL, NULL);
  redact_thread_cleanup();
  return rc;
}
