/* Unit tests for the header of a table's column (gateway/redact/table.c):
 * rows of words under their header, group headers above it, tables longer
 * than the walk's reach, Markdown and MySQL boxes, aligned reports; that
 * the answer never depends on which cells were asked about before (the
 * one-pass scan and the scan per type agree on every case, redact_cases.h);
 * and messages cut short in the middle of what a detector reads, each
 * scanned flush against a page that may not be read. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>
#include <cmocka.h>

#include "redact_cases.h"

static const struct tc tables[] = {
  /* rows of words only: each looks like a header, the topmost is one */
  /* quoted cells holding the delimiter ("Surname, Given", an address):
   * the columns after them keep their headers; a company's name column is
   * no person's; a CJK name under 氏名 in a CSV; Spanish "Apellidos" */
  {"EmpID,Name,SSN,DOB,Hire Date,Home Address\n27431,\"Liu, Jian\",709-56-1354,05/09/2001,08/21/2013,\"2015 W Magnolia St, Tacoma, WA 98424\"",
   "EmpID,Name,SSN,DOB,Hire Date,Home Address\n27431,\"[NAME]\",[SSN],[DOB],08/21/2013,\"[ADDRESS]\""},
  {"First Name,Last Name,Company Name\nMinjun,Baek,\"Bramblewood Analytics\"",
   "First Name,Last Name,Company Name\n[NAME],[NAME],\"Bramblewood Analytics\""},
  {"社員番号,氏名,生年月日\n840316,中島 拓海,1973/12/22", "社員番号,氏名,生年月日\n840316,[NAME],[DOB]"},
  {"社員番号,氏名\n254380,佐々木 誠\n254381,中島 拓海", "社員番号,氏名\n254380,[NAME]\n254381,[NAME]"},
  /* "Forename", a card's holder in a MySQL client's box, a header whose
   * bracketed notes hold digits */
  {"Employee ID,Surname,Forename,NI number\nEMP6338,Tolland,Araminta,TC040317C",
   "Employee ID,Surname,Forename,NI number\nEMP6338,[NAME],[NAME],[ID]"},
  {"+------------+-------------------+\n| order_id   | cardholder        |\n+------------+-------------------+\n| ORD-747433 | LINH PHAN         |",
   "+------------+-------------------+\n| order_id   | cardholder        |\n+------------+-------------------+\n| ORD-747433 | [NAME]         |"},
  {"First Name [Required],Last Name [Required],Mobile Phone [MUST BE IN THE E.164 FORMAT]\nDaisuke,Sasaki,",
   "First Name [Required],Last Name [Required],Mobile Phone [MUST BE IN THE E.164 FORMAT]\n[NAME],[NAME],"},
  {"Nº empleado;Apellidos;Nombre\n971;Peñalver Montalbán;Begoña", "Nº empleado;Apellidos;Nombre\n971;[NAME];[NAME]"},
  {"first,last,city\nAnna,Weber,Bonn\nJohn,Smith,Leeds\nMia,Kowalczyk,Opole",
   "first,last,city\n[NAME],[NAME],Bonn\n[NAME],[NAME],Leeds\n[NAME],[NAME],Opole"},
  {"first;last\nAnna;Weber\nJohn;Smith",
   "first;last\n[NAME];[NAME]\n[NAME];[NAME]"},
  {"Guests\nfirst,last,table\nIlse,Brandt,4\nOla,Nordmann,4\nFemi,Adeyemi,5",
   "Guests\nfirst,last,table\n[NAME],[NAME],4\n[NAME],[NAME],4\n[NAME],[NAME],5"},
  {"| first | last | city |\n|---|---|---|\n| Anna | Weber | Bonn |\n| John | Smith | Leeds |",
   "| first | last | city |\n|---|---|---|\n| [NAME] | [NAME] | Bonn |\n| [NAME] | [NAME] | Leeds |"},
  /* rows with empty cells (an export's trailing columns) */
  {"first,last,,\nAnna,Weber,,\nJohn,Smith,,\nMia,Kowalczyk,,",
   "first,last,,\n[NAME],[NAME],,\n[NAME],[NAME],,\n[NAME],[NAME],,"},
  {"first,last,x\nAnna,Weber,\nJohn,Smith,\nMia,Kowalczyk,",
   "first,last,x\n[NAME],[NAME],\n[NAME],[NAME],\n[NAME],[NAME],"},
  /* a group header over the header does not name the columns */
  {"Mitarbeiter\t\t\tKontakt\t\nName\tVorname\tGeburtsdatum\tTelefon\n"
   "Sch\xc3\xa4" "fer\tDetlef\t1990-07-28\t+49 179 4427354\nFischer\tTheresa\t01.09.1994\t0711/7865931",
   "Mitarbeiter\t\t\tKontakt\t\nName\tVorname\tGeburtsdatum\tTelefon\n"
   "[NAME]\t[NAME]\t[DOB]\t[PHONE]\n[NAME]\t[NAME]\t[DOB]\t[PHONE]"},
  /* a MySQL client's box: the header is the row above the border */
  {"+----+------------+------------+\n| id | name       | born       |\n"
   "+----+------------+------------+\n|  1 | Anna Weber | 1980-02-01 |\n|  2 | John Smith | 1975-11-30 |\n"
   "+----+------------+------------+",
   "+----+------------+------------+\n| id | name       | born       |\n"
   "+----+------------+------------+\n|  1 | [NAME] | [DOB] |\n|  2 | [NAME] | [DOB] |\n"
   "+----+------------+------------+"},
  /* an aligned report whose rows are words: the first line is the header */
  {"name          city     country\nAnna Weber    Bonn     Germany\n"
   "John Miller   Leeds    England\nMia Schulz    Kassel   Germany",
   "name          city     country\n[NAME]    Bonn     Germany\n"
   "[NAME]   Leeds    England\n[NAME]    Kassel   Germany"},
  /* headers that serve some columns only: the answer is the same whichever
   * cell is asked about first */
  {"Dipendente\t\t\tContatti\t\nCognome\tNome\tData di nascita\nTelefono\tEmail\n"
   "Pellegrino\tNicol\xc3\xb2\t12 agosto 1943\t393 525 4849\tnicolo1961@virgilio.it\n"
   "Moretti\tLorenzo\t02/09/1979\t+39 342 793 1107\tlorenzo_moretti48@virgilio.it",
   NULL},
  {"name,iban,card,dob\nPhi Salatiello,FI7924628272222154,6759222933060373205,15 janvier 1958\n"
   "Natalia clave del wifi es Lun\nTejas Srinivasan,card,dob\n"
   "Phi Salatiello,FI7924628272222154,6759222933060373205,15 janvier 1958\n",
   NULL},
  /* a study's participant tables: a visit column glued to its number in
   * Cyrillic (визит1), a visit column of one capital and a digit (T1), a
   * Korean ordinal (1차); the birth column's header without diacritics or
   * with an underscore (data_nasc, fodd, syntymaaika, дата_народження)
   * (stop 48) */
  {"| \xd0\xba\xd0\xbe\xd0\xb4 | \xd0\xa4\xd0\x98\xd0\x9e | \xd0\xb4\xd0\xb0\xd1\x82\xd0\xb0_\xd1\x80\xd0\xbe\xd0\xb6\xd0\xb4\xd0\xb5\xd0\xbd\xd0\xb8\xd1\x8f | \xd1\x82\xd0\xb5\xd0\xbb\xd0\xb5\xd1\x84\xd0\xbe\xd0\xbd | \xd0\xb3\xd1\x80\xd1\x83\xd0\xbf\xd0\xbf\xd0\xb0 | \xd0\xb2\xd0\xb8\xd0\xb7\xd0\xb8\xd1\x82" "1 |\n|---|---|---|---|---|---|\n| S104 | \xd0\xaf\xd1\x80\xd0\xbe\xd1\x81\xd0\xbb\xd0\xb0\xd0\xb2 \xd0\xa1\xd0\xba\xd0\xb2\xd0\xbe\xd1\x80\xd1\x86\xd0\xbe\xd0\xb2 | 25.05.1988 | 8 (495) 936-63-20 | A | 80.99 |\nVP-Code;Name;Geburtsdatum;Gruppe;T1\nVP167;Veronika Gschwandtner;11.06.2006;placebo;113\n",
   "| \xd0\xba\xd0\xbe\xd0\xb4 | \xd0\xa4\xd0\x98\xd0\x9e | \xd0\xb4\xd0\xb0\xd1\x82\xd0\xb0_\xd1\x80\xd0\xbe\xd0\xb6\xd0\xb4\xd0\xb5\xd0\xbd\xd0\xb8\xd1\x8f | \xd1\x82\xd0\xb5\xd0\xbb\xd0\xb5\xd1\x84\xd0\xbe\xd0\xbd | \xd0\xb3\xd1\x80\xd1\x83\xd0\xbf\xd0\xbf\xd0\xb0 | \xd0\xb2\xd0\xb8\xd0\xb7\xd0\xb8\xd1\x82" "1 |\n|---|---|---|---|---|---|\n| S104 | [NAME] | [DOB] | [PHONE] | A | 80.99 |\nVP-Code;Name;Geburtsdatum;Gruppe;T1\nVP167;[NAME];[DOB];placebo;113\n"},
  /* (stop 48, continued) */
  {"| \xec\xbd\x94\xeb\x93\x9c | \xec\x9d\xb4\xeb\xa6\x84 | \xec\x83\x9d\xeb\x85\x84\xec\x9b\x94\xec\x9d\xbc | \xea\xb7\xb8\xeb\xa3\xb9 | 1\xec\xb0\xa8 |\n|---|---|---|---|---|\n| P104 | \xec\x9e\xa5 \xeb\x8f\x84\xec\x9c\xa4 | 1970.09.05 | int | 89 |\ncodigo;nome;data_nasc;grupo\nID-017;Luan-Miguel Carvalhaes;19/12/1983;ctrl\nkod;namn;fodd;grupp\nID-175;Isak \xc3\x96" "berg;1997-04-26;B\n",
   "| \xec\xbd\x94\xeb\x93\x9c | \xec\x9d\xb4\xeb\xa6\x84 | \xec\x83\x9d\xeb\x85\x84\xec\x9b\x94\xec\x9d\xbc | \xea\xb7\xb8\xeb\xa3\xb9 | 1\xec\xb0\xa8 |\n|---|---|---|---|---|\n| P104 | [NAME] | [DOB] | int | 89 |\ncodigo;nome;data_nasc;grupo\nID-017;[NAME];[DOB];ctrl\nkod;namn;fodd;grupp\nID-175;[NAME];[DOB];B\n"},
  /* (stop 48, continued); a visit's date column stays */
  {"koodi\tnimi\tsyntymaaika\tkaynti\nP038\tV\xc3\xa4in\xc3\xb6 M\xc3\xa4kel\xc3\xa4\t19.7.1982\t3.4.2025\n\xd0\xba\xd0\xbe\xd0\xb4;\xd0\x9f\xd0\x86\xd0\x91;\xd0\xb4\xd0\xb0\xd1\x82\xd0\xb0_\xd0\xbd\xd0\xb0\xd1\x80\xd0\xbe\xd0\xb4\xd0\xb6\xd0\xb5\xd0\xbd\xd0\xbd\xd1\x8f;\xd0\xb3\xd1\x80\xd1\x83\xd0\xbf\xd0\xb0;\xd0\xb2\xd1\x96\xd0\xb7\xd0\xb8\xd1\x82" "1\nS025;\xd0\xaf\xd1\x80\xd0\xb8\xd0\xbd\xd0\xb0 \xd0\x91\xd0\xbe\xd0\xbd\xd0\xb4\xd0\xb0\xd1\x80\xd0\xb5\xd0\xbd\xd0\xba\xd0\xbe;14.03.1988;ctrl;83.44\n",
   "koodi\tnimi\tsyntymaaika\tkaynti\nP038\t[NAME]\t[DOB]\t3.4.2025\n\xd0\xba\xd0\xbe\xd0\xb4;\xd0\x9f\xd0\x86\xd0\x91;\xd0\xb4\xd0\xb0\xd1\x82\xd0\xb0_\xd0\xbd\xd0\xb0\xd1\x80\xd0\xbe\xd0\xb4\xd0\xb6\xd0\xb5\xd0\xbd\xd0\xbd\xd1\x8f;\xd0\xb3\xd1\x80\xd1\x83\xd0\xbf\xd0\xb0;\xd0\xb2\xd1\x96\xd0\xb7\xd0\xb8\xd1\x82" "1\nS025;[NAME];[DOB];ctrl;83.44\n"},
  /* CJK names in a semicolon CSV's name column (an exam's seating list)
   * (stop 48) */
  {"Seat;Student ID;Name\nC08;22A4628;\xe5\xb0\x8f\xe6\x9e\x97\xe9\x99\xbd\xe8\x8f\x9c\nD05;22F6769;\xe6\x9d\xbe\xe6\x9c\xac \xe9\xa2\xaf\xe5\xa4\xaa\n",
   "Seat;Student ID;Name\nC08;22A4628;[NAME]\nD05;22F6769;[NAME]\n"},
};

/* Messages that end in the middle of what a detector reads. */
static const struct tc cut_short[] = {
  {"Authorization: Beare", "Authorization: Beare"},
  {"Authorization: Bearer", "Authorization: Bearer"},
  {"token: Basi", "token: Basi"},
  {"password: ab", "password: ab"},
  {"my password is", "my password is"},
  {"postgres://user:pa", "postgres://user:pa"},
  {"IBAN DE89 3704", "IBAN DE89 3704"},
  {"Call me at +44 20", "Call me at +44 20"},
  {"user@exa", "user@exa"},
  {"AKIA", "AKIA"},
  {"Geburtsdatum: 12.0", "Geburtsdatum: 12.0"},
  {"name,dob\nAnna Weber,01/0", NULL},
  {"| name | x |\n|---|---|\n| Anna We", NULL},
  {"-----BEGIN RSA PRIVATE KEY-----\nMIIE", NULL},
};

static void test_table_headers(void **state)
{
  (void)state;
  RUN(tables);
}

static void test_messages_cut_short(void **state)
{
  (void)state;
  RUN(cut_short);
}

/* n rows under one header line; every row's date of birth is hidden, far
 * past the reach of lines that are no rows (60 delimited, 40 aligned). */
enum { COMMAS, TABS, ALIGNED };

static void long_table(const char *header, int kind, size_t rows)
{
  size_t cap = strlen(header) + rows * 96 + 1, o = 0;
  char *t = malloc(cap);
  assert_non_null(t);
  o += (size_t)snprintf(t + o, cap - o, "%s\n", header);
  for (size_t i = 0; i < rows; i++) {
    int d = (int)(i % 28) + 1, m = (int)(i % 12) + 1, y = 1940 + (int)(i % 60);
    if (kind == COMMAS)
      o += (size_t)snprintf(t + o, cap - o, "%zu,%02d/%02d/%d,ok\n", i, d, m, y);
    else if (kind == TABS)
      o += (size_t)snprintf(t + o, cap - o, "%zu\t%02d.%02d.%d\tok\n", i, d, m, y);
    else
      o += (size_t)snprintf(t + o, cap - o, "%-4zu %02d/%02d/%d   ok\n", i, d, m, y);
  }
  redactor *r = make();
  redact_span *sp = NULL, *mp = NULL;
  size_t n = 0, mn = 0, dobs = 0;
  assert_int_equal(redact_find(r, t, o, &sp, &n), 0);
  for (size_t i = 0; i < n; i++)
    dobs += sp[i].type == REDACT_DOB;
  assert_int_equal(dobs, rows);
  assert_int_equal(redact_find_multipass(r, t, o, &mp, &mn), 0);
  assert_int_equal(mn, n);
  for (size_t i = 0; i < n; i++) {
    assert_int_equal(sp[i].start, mp[i].start);
    assert_int_equal(sp[i].type, mp[i].type);
  }
  free(sp);
  free(mp);
  redact_free(r);
  free(t);
}

static void test_long_tables_keep_their_header(void **state)
{
  (void)state;
  long_table("id,dob,note", COMMAS, 300);
  long_table("id\tdob\tnote", TABS, 300);
  long_table("id   dob          note", ALIGNED, 300);
}

/* 1,000,000 bytes of unit after head, scanned; the seconds it took. */
static double scan_time(redactor *r, const char *head, const char *unit)
{
  size_t cap = 1000000, hl = strlen(head), ul = strlen(unit), o = hl;
  char *t = malloc(cap);
  assert_non_null(t);
  memcpy(t, head, hl);
  while (o + ul <= cap) {
    memcpy(t + o, unit, ul);
    o += ul;
  }
  struct timespec t0, t1;
  redact_span *sp = NULL;
  size_t n = 0;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  assert_int_equal(redact_find(r, t, o, &sp, &n), 0);
  clock_gettime(CLOCK_MONOTONIC, &t1);
  free(sp);
  free(t);
  return (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
}

/* Tables whose every row looks like a header (rows of words), or with
 * many kinds of cells on a line, as long as a message may be: each row's
 * walk stops at the row above, so they cost about what a table of digits
 * does (each took 3-5 s, 20 times more, when a run longer than the reach
 * was climbed again from every row). */
static void test_long_tables_cost_one_walk(void **state)
{
  (void)state;
  redactor *r = make();
  double base = scan_time(r, "id,dob,phone\n", "Anna Weber,01/02/1980,+49 151 1234 5678\n");
  static const char *const shapes[][2] = {
      {"first,last,city\n", "Anna,Weber,Bonn\n"},
      {"name          city    country\n", "Anna Weber    Bonn    Germany\n"},
      {"", "Hello there.  Anna Weber said hi.  Then  left\n"},
      {"", "Anna Weber,x;Anna Weber\tAnna Weber|Anna Weber\n"},
  };
  for (size_t i = 0; i < sizeof shapes / sizeof shapes[0]; i++) {
    double t = scan_time(r, shapes[i][0], shapes[i][1]);
    if (t > 6 * base + 0.5)
      fail_msg("shape %zu took %.2f s, a table of digits %.2f s", i, t, base);
  }
  /* tables of 1,500 rows, each with a cell past its header's columns and
   * one under them: the two cells' answers hold for different cells, and
   * each row's walk still stops at the row above (5.9 s once) */
  {
    const char *head = "name,a\n", *row = "Ann Lee,1,Ann Lee\n";
    size_t hl = strlen(head), rl = strlen(row), bl = hl + 1500 * rl;
    char *block = malloc(bl + 1);
    assert_non_null(block);
    memcpy(block, head, hl);
    for (size_t k = 0; k < 1500; k++)
      memcpy(block + hl + k * rl, row, rl);
    block[bl] = '\0';
    double t = scan_time(r, "", block);
    free(block);
    if (t > 6 * base + 0.5)
      fail_msg("tables of 1,500 rows took %.2f s, a table of digits %.2f s", t, base);
  }
  redact_free(r);
}

/* Lines longer than the 1 KiB either way that the detectors follow, and
 * whole lines of many cells: a line too long to be seen whole is no row
 * (its cells cannot be counted), and a row's cells are counted once, not
 * once per cell. A message of tab-separated names, 300 to a line, took
 * 14.5 s a MiB (47 times a table of digits) when every cell walked up the
 * pieces of its own line; one line of 330,000 cells 3.8 s. */
static void test_long_lines_cost_no_walk(void **state)
{
  (void)state;
  redactor *r = make();
  double base = scan_time(r, "id,dob,phone\n", "Anna Weber,01/02/1980,+49 151 1234 5678\n");
  char tabs[3100], commas[1000], quoted[1000], wide[1000];
  size_t o = 0;
  for (int i = 0; i < 300; i++)
    o += (size_t)snprintf(tabs + o, sizeof tabs - o, "%sAnna Berg", i ? "\t" : "");
  snprintf(tabs + o, sizeof tabs - o, "\n");
  o = 0;
  for (int i = 0; i < 110; i++)
    o += (size_t)snprintf(quoted + o, sizeof quoted - o, "%s\"Ab, Cd\"", i ? "," : "");
  snprintf(quoted + o, sizeof quoted - o, "\n");
  o = 0;
  for (int i = 0; i < 330; i++)
    o += (size_t)snprintf(wide + o, sizeof wide - o, "%sAb", i ? "," : "");
  snprintf(wide + o, sizeof wide - o, "\n");
  snprintf(commas, sizeof commas, ",Ab");
  const char *const shapes[][2] = {
      {"", tabs}, {"x", commas}, {"", quoted}, {"", wide}, {"name;", "; Anna Berg"},
  };
  for (size_t i = 0; i < sizeof shapes / sizeof shapes[0]; i++) {
    double t = scan_time(r, shapes[i][0], shapes[i][1]);
    if (t > 4 * base + 0.3)
      fail_msg("shape %zu took %.2f s, a table of digits %.2f s", i, t, base);
  }
  redact_free(r);
}

/* A message of head, then unit repeated to about n bytes, then tail. */
static char *repeat(const char *head, const char *unit, size_t n, const char *tail, size_t *len)
{
  size_t hl = strlen(head), ul = strlen(unit), tl = strlen(tail), o = hl;
  char *t = malloc(hl + n + ul + tl + 1);
  assert_non_null(t);
  memcpy(t, head, hl);
  while (o < hl + n) {
    memcpy(t + o, unit, ul);
    o += ul;
  }
  memcpy(t + o, tail, tl + 1);
  *len = o + tl;
  return t;
}

/* Lines longer than the 1 KiB the detectors follow, of characters of two
 * and three bytes: every span starts and ends between characters (a PEM
 * block without its END ended one byte past a line's first KiB, inside a
 * character). */
static void test_spans_end_between_characters(void **state)
{
  (void)state;
  static const char *const shapes[][3] = {
      {"-----BEGIN PRIVATE KEY-----x", "\xe2\x82\xac", "\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n"},
      {"-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC", "\xc3\xa9", "\n"},
      {"Name: Anna ", "\xc3\xa9", " Weber"},
      {"password: x", "\xe2\x82\xac", "\n"},
      {"name,dob\nAnna Weber,", "\xc3\xa9", ",01/02/1980\n"},
  };
  redactor *r = make();
  for (size_t k = 0; k < sizeof shapes / sizeof shapes[0]; k++)
    for (size_t n = 1000; n < 1100; n += 7) {
      size_t len;
      char *t = repeat(shapes[k][0], shapes[k][1], n, shapes[k][2], &len);
      redact_span *sp = NULL;
      size_t ns = 0;
      assert_int_equal(redact_find(r, t, len, &sp, &ns), 0);
      for (size_t i = 0; i < ns; i++) {
        if ((t[sp[i].start] & 0xC0) == 0x80 || (sp[i].end < len && (t[sp[i].end] & 0xC0) == 0x80))
          fail_msg("shape %zu, %zu bytes: span [%zu, %zu) splits a character", k, n, sp[i].start,
                   sp[i].end);
      }
      free(sp);
      free(t);
    }
  redact_free(r);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_table_headers),
      cmocka_unit_test(test_messages_cut_short),
      cmocka_unit_test(test_long_tables_keep_their_header),
      cmocka_unit_test(test_long_tables_cost_one_walk),
      cmocka_unit_test(test_long_lines_cost_no_walk),
      cmocka_unit_test(test_spans_end_between_characters),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
