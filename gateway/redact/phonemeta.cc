/* phonemeta: libphonenumber's metadata compiled to PCRE2 (see phonemeta.h).
 * The metadata is the serialized PhoneMetadataCollection inside
 * libphonenumber.so (i18n::phonenumbers::metadata_get, the same bytes the
 * library's PhoneNumberUtil loads), parsed with the generated protobuf
 * classes of the library's own headers. No exception leaves this file. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "phonemeta.h"

#include <pcre2.h>
#include <pthread.h>
#include <stdint.h>
#include <string.h>

#include <string>
#include <vector>

#include <phonenumbers/phonemetadata.pb.h>

namespace i18n {
namespace phonenumbers {
/* Defined in libphonenumber's generated metadata.cc (exported, not in an
 * installed header). */
int metadata_size();
const void *metadata_get();
} // namespace phonenumbers
} // namespace i18n

using i18n::phonenumbers::PhoneMetadata;
using i18n::phonenumbers::PhoneMetadataCollection;
using i18n::phonenumbers::PhoneNumberDesc;

namespace {

struct Region {
	std::string id;
	int cc = 0;
	char ccs[4] = {0};              /* cc in decimal */
	size_t ccn = 0;
	bool main = false;
	pcre2_code *valid = nullptr;    /* the NSN is of some line type */
	pcre2_code *firm = nullptr;     /* ... of a firm's: toll free, premium rate, shared cost, UAN */
	pcre2_code *general = nullptr;  /* the NSN matches the general description */
	pcre2_code *leading = nullptr;  /* leading digits that select this region */
	pcre2_code *npfp = nullptr;     /* national prefix for parsing (anchored) */
	std::string npfp_literal;       /* the same when it is only digits ("0", "8") */
	std::string transform;          /* national_prefix_transform_rule */
	unsigned lens = 0;              /* bit L: general possible length L */
	uint8_t pre[13] = {0};          /* bit dd: a valid number may start with digits dd */
	uint8_t pre3[125] = {0};        /* bit ddd: the same for three digits */
	uint8_t lead3[125] = {0};       /* bit ddd: `leading` may match what starts with ddd */
	unsigned local_lens = 0;        /* bit L: local-only possible length L */
};

std::vector<Region> *regions;
/* by_cc[cc]: indices into *regions, main country first */
std::vector<std::vector<size_t>> *by_cc;
/* Regions by their two-letter code: 'A'..'Z' x 'A'..'Z'. */
const Region *by_code[26 * 26];
pthread_once_t once = PTHREAD_ONCE_INIT;
bool ok;

pcre2_code *compile(const std::string &pat, uint32_t opts)
{
	int ec;
	PCRE2_SIZE off;
	pcre2_code *re = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pat.c_str()), pat.size(), opts,
				       &ec, &off, nullptr);
	if (re)
		pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
	return re;
}

/* A lookahead allowing only the given lengths ("" when any length goes). */
std::string len_guard(const PhoneNumberDesc &d)
{
	if (d.possible_length_size() == 0)
		return "";
	std::string g = "(?=(?:";
	for (int i = 0; i < d.possible_length_size(); i++) {
		if (i)
			g += "|";
		g += "\\d{" + std::to_string(d.possible_length(i)) + "}";
	}
	return g + ")\\z)";
}

/* One alternative per line-type description that has a pattern and a
 * possible length (-1 alone means "no numbers of this type"). */
void add_type(std::string &alts, const PhoneNumberDesc &d)
{
	if (!d.has_national_number_pattern() || d.national_number_pattern().empty())
		return;
	if (d.possible_length_size() == 1 && d.possible_length(0) == -1)
		return;
	if (!alts.empty())
		alts += "|";
	alts += len_guard(d) + "(?:" + d.national_number_pattern() + ")";
}

void set_bit(uint8_t *bits, unsigned i)
{
	bits[i / 8] = static_cast<uint8_t>(bits[i / 8] | (1u << (i % 8)));
}

/* Whether the anchored pattern p may match a subject starting with the
 * digits of v (k of them, leading zeros kept): a partial (or complete)
 * match of those digits alone; without p (no match data), yes. The
 * prefix tables let a check refuse most candidates of a region by a bit
 * before any regular expression runs. */
bool prefix_possible(const pcre2_code *p, pcre2_match_data *md, int v, int k)
{
	if (!p || !md)
		return true;
	char d[3];
	for (int i = k - 1; i >= 0; i--, v /= 10)
		d[i] = static_cast<char>('0' + v % 10);
	int rc = pcre2_match(p, reinterpret_cast<PCRE2_SPTR>(d), static_cast<size_t>(k), 0,
			     PCRE2_PARTIAL_HARD, md, nullptr);
	return rc >= 0 || rc == PCRE2_ERROR_PARTIAL;
}

bool build_region(const PhoneMetadata &m, Region &r)
{
	const uint32_t full = PCRE2_ANCHORED | PCRE2_ENDANCHORED;
	r.id = m.id();
	r.cc = m.country_code();
	if (r.cc > 0 && r.cc < 1000) {
		std::string c = std::to_string(r.cc);
		memcpy(r.ccs, c.data(), c.size());
		r.ccn = c.size();
	}
	r.main = m.main_country_for_code();
	const PhoneNumberDesc &g = m.general_desc();
	if (!g.has_national_number_pattern())
		return true; /* nothing valid in this region */
	for (int i = 0; i < g.possible_length_size(); i++)
		if (g.possible_length(i) > 0 && g.possible_length(i) < 32)
			r.lens |= 1u << g.possible_length(i);
	for (int i = 0; i < g.possible_length_local_only_size(); i++)
		if (g.possible_length_local_only(i) > 0 && g.possible_length_local_only(i) < 32)
			r.local_lens |= 1u << g.possible_length_local_only(i);
	std::string gen = "(?:" + g.national_number_pattern() + ")";
	r.general = compile(gen, full);
	std::string alts;
	add_type(alts, m.premium_rate());
	add_type(alts, m.toll_free());
	add_type(alts, m.shared_cost());
	add_type(alts, m.voip());
	add_type(alts, m.personal_number());
	add_type(alts, m.pager());
	add_type(alts, m.uan());
	add_type(alts, m.voicemail());
	add_type(alts, m.fixed_line());
	if (!m.same_mobile_and_fixed_line_pattern())
		add_type(alts, m.mobile());
	if (!r.general)
		return false;
	/* the types the library tries first, whose numbers are a firm's */
	std::string firm;
	add_type(firm, m.premium_rate());
	add_type(firm, m.toll_free());
	add_type(firm, m.shared_cost());
	add_type(firm, m.uan());
	if (!firm.empty()) {
		r.firm = compile(len_guard(g) + "(?=" + gen + "\\z)(?:" + firm + ")", full);
		if (!r.firm)
			return false;
	}
	if (!alts.empty()) {
		r.valid = compile(len_guard(g) + "(?=" + gen + "\\z)(?:" + alts + ")", full);
		if (!r.valid)
			return false;
		/* which two-digit prefixes a valid number can have: the type
		 * patterns, partially matched (no JIT needed, once) */
		int ec;
		PCRE2_SIZE off;
		std::string t = "(?:" + alts + ")";
		pcre2_code *p = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(t.c_str()), t.size(),
					      PCRE2_ANCHORED, &ec, &off, nullptr);
		pcre2_match_data *md = p ? pcre2_match_data_create_from_pattern(p, nullptr) : nullptr;
		for (int dd = 0; dd < 100; dd++)
			if (prefix_possible(p, md, dd, 2))
				set_bit(r.pre, static_cast<unsigned>(dd));
		/* three digits, below the two-digit prefixes that can start one */
		for (int ddd = 0; ddd < 1000; ddd++)
			if (((r.pre[ddd / 80] >> (ddd / 10 % 8)) & 1) && prefix_possible(p, md, ddd, 3))
				set_bit(r.pre3, static_cast<unsigned>(ddd));
		pcre2_match_data_free(md);
		pcre2_code_free(p);
	}
	if (m.has_leading_digits() && !m.leading_digits().empty()) {
		r.leading = compile(m.leading_digits(), PCRE2_ANCHORED);
		if (!r.leading)
			return false;
		pcre2_match_data *md = pcre2_match_data_create_from_pattern(r.leading, nullptr);
		for (int ddd = 0; ddd < 1000; ddd++)
			if (prefix_possible(md ? r.leading : nullptr, md, ddd, 3))
				set_bit(r.lead3, static_cast<unsigned>(ddd));
		pcre2_match_data_free(md);
	}
	if (m.has_national_prefix_for_parsing() && !m.national_prefix_for_parsing().empty()) {
		r.npfp = compile(m.national_prefix_for_parsing(), PCRE2_ANCHORED);
		if (!r.npfp)
			return false;
		r.transform = m.national_prefix_transform_rule();
		const std::string &np = m.national_prefix_for_parsing();
		if (np.find_first_not_of("0123456789") == std::string::npos)
			r.npfp_literal = np;
	}
	return true;
}

void init()
{
	try {
		PhoneMetadataCollection coll;
		if (!coll.ParseFromArray(i18n::phonenumbers::metadata_get(),
					 i18n::phonenumbers::metadata_size()))
			return;
		auto *rs = new std::vector<Region>();
		auto *cc = new std::vector<std::vector<size_t>>(1000);
		rs->resize(static_cast<size_t>(coll.metadata_size()));
		for (int i = 0; i < coll.metadata_size(); i++) {
			Region &r = (*rs)[static_cast<size_t>(i)];
			if (!build_region(coll.metadata(i), r))
				return; /* a pattern PCRE2 does not take: fail loudly */
			if (r.cc <= 0 || r.cc >= 1000)
				continue;
			std::vector<size_t> &l = (*cc)[static_cast<size_t>(r.cc)];
			if (r.main)
				l.insert(l.begin(), static_cast<size_t>(i));
			else
				l.push_back(static_cast<size_t>(i));
		}
		for (const Region &r : *rs)
			if (r.id.size() == 2 && r.id[0] >= 'A' && r.id[0] <= 'Z' && r.id[1] >= 'A' &&
			    r.id[1] <= 'Z')
				by_code[(r.id[0] - 'A') * 26 + (r.id[1] - 'A')] = &r;
		regions = rs;
		by_cc = cc;
		ok = true;
	} catch (...) {
		ok = false;
	}
}

/* One match data per thread (patterns have at most a few groups), freed at
 * thread exit. */
struct MatchData {
	pcre2_match_data *md = pcre2_match_data_create(16, nullptr);
	~MatchData() { pcre2_match_data_free(md); }
};
thread_local MatchData tl_md;
/* The last number found valid in this thread: its region and national
 * number, for phonemeta_firm (asked rarely: matched only then). */
thread_local const Region *tl_region;
thread_local char tl_nsn[32];
thread_local size_t tl_nsn_len;

/* pcre2_match without its argument checks when the pattern is JIT
 * compiled (the same result; about a third of a short match's cost), the
 * interpreter when it is not. */
int match(const pcre2_code *re, const char *s, size_t n, pcre2_match_data *md)
{
	int rc = pcre2_jit_match(re, reinterpret_cast<PCRE2_SPTR>(s), n, 0, 0, md, nullptr);
	if (rc == PCRE2_ERROR_JIT_BADOPTION)
		rc = pcre2_match(re, reinterpret_cast<PCRE2_SPTR>(s), n, 0, 0, md, nullptr);
	return rc;
}

bool full_match(const pcre2_code *re, const char *s, size_t n)
{
	if (!re || !tl_md.md)
		return false;
	return match(re, s, n, tl_md.md) >= 0;
}

bool full_match(const pcre2_code *re, const std::string &s)
{
	return full_match(re, s.data(), s.size());
}

/* Length of an anchored prefix match, -1 when none; the text of the last
 * capturing group that took part (libphonenumber's "captured part of the
 * prefix") in *cap. */
long prefix_match(const pcre2_code *re, const std::string &s, std::string *cap,
		  std::vector<std::string> *groups)
{
	pcre2_match_data *md = tl_md.md;
	if (!md)
		return -1;
	int rc = match(re, s.data(), s.size(), md);
	long end = -1;
	if (rc >= 0) {
		PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
		end = static_cast<long>(ov[1]);
		uint32_t ng = 0;
		pcre2_pattern_info(re, PCRE2_INFO_CAPTURECOUNT, &ng);
		if (groups)
			groups->assign(ng + 1, std::string());
		for (uint32_t k = 1; k <= ng; k++) {
			if (static_cast<int>(k) >= rc || ov[2 * k] == PCRE2_UNSET) {
				continue;
			}
			std::string v = s.substr(ov[2 * k], ov[2 * k + 1] - ov[2 * k]);
			if (groups)
				(*groups)[k] = v;
			if (cap && k == ng)
				*cap = v;
		}
	}
	return end;
}

/* libphonenumber's GetNumberTypeHelper != UNKNOWN for this region (a
 * length or two-digit prefix no number of the region has: no pattern). */
bool valid_in(const Region &r, const char *nsn, size_t n)
{
	if (!r.valid || n < 2 || n >= 32 || !(r.lens & (1u << n)))
		return false;
	unsigned dd = static_cast<unsigned>((nsn[0] - '0') * 10 + (nsn[1] - '0'));
	if (dd >= 100 || !((r.pre[dd / 8] >> (dd % 8)) & 1))
		return false;
	if (n >= 3) {
		unsigned ddd = dd * 10 + static_cast<unsigned>(nsn[2] - '0');
		if (ddd >= 1000 || !((r.pre3[ddd / 8] >> (ddd % 8)) & 1))
			return false;
	}
	if (!full_match(r.valid, nsn, n))
		return false;
	tl_region = &r;
	memcpy(tl_nsn, nsn, n);
	tl_nsn_len = n;
	return true;
}

bool leading_match(const Region &r, const char *s, size_t n)
{
	if (n >= 3) {
		unsigned ddd = static_cast<unsigned>((s[0] - '0') * 100 + (s[1] - '0') * 10 + (s[2] - '0'));
		if (ddd >= 1000 || !((r.lead3[ddd / 8] >> (ddd % 8)) & 1))
			return false;
	}
	const pcre2_code *re = r.leading;
	return tl_md.md &&
	       match(re, s, n, tl_md.md) >= 0;
}

/* libphonenumber's IsValidNumber for country code cc: the region chosen by
 * leading digits (or the first region the number is valid in). */
bool valid_cc(int cc, const char *nsn, size_t n)
{
	if (cc <= 0 || cc >= 1000 || n < 2 || n > 17)
		return false;
	for (size_t i : (*by_cc)[static_cast<size_t>(cc)]) {
		const Region &r = (*regions)[i];
		/* a length the region has no number of cannot be valid there,
		 * whichever region its leading digits select */
		if (!(r.lens & (1u << n)))
			continue;
		if (r.leading) {
			if (leading_match(r, nsn, n))
				return valid_in(r, nsn, n);
		} else if (valid_in(r, nsn, n)) {
			return true;
		}
	}
	return false;
}

bool valid_cc(int cc, const std::string &nsn)
{
	return valid_cc(cc, nsn.data(), nsn.size());
}

/* MaybeStripNationalPrefixAndCarrierCode, then the length check Parse
 * applies before it keeps the stripped form. */
std::string strip_national(const Region &r, const std::string &num)
{
	if (!r.npfp || num.empty())
		return num;
	if (!r.npfp_literal.empty()) {
		/* a plain trunk prefix ("0", "8"): no carrier codes, no transform */
		const std::string &np = r.npfp_literal;
		if (num.compare(0, np.size(), np) != 0)
			return num;
		const char *rest = num.data() + np.size();
		size_t rn = num.size() - np.size();
		if (full_match(r.general, num) && !full_match(r.general, rest, rn))
			return num;
		if (rn >= 32 || !(r.lens & (1u << rn)))
			return num;
		return std::string(rest, rn);
	}
	bool viable = full_match(r.general, num);
	std::string cap;
	std::vector<std::string> groups;
	long end = prefix_match(r.npfp, num, &cap, &groups);
	if (end < 0)
		return num;
	std::string out;
	if (!r.transform.empty() && !cap.empty()) {
		/* the transform rule replaces the prefix match ($1, $2, ...) */
		for (size_t i = 0; i < r.transform.size(); i++) {
			char ch = r.transform[i];
			if (ch == '$' && i + 1 < r.transform.size() && r.transform[i + 1] >= '0' &&
			    r.transform[i + 1] <= '9') {
				size_t k = static_cast<size_t>(r.transform[i + 1] - '0');
				if (k < groups.size())
					out += groups[k];
				i++;
			} else {
				out += ch;
			}
		}
		out += num.substr(static_cast<size_t>(end));
	} else {
		out = num.substr(static_cast<size_t>(end));
	}
	if (viable && !full_match(r.general, out))
		return num;
	/* Parse keeps the stripped number only when its length is possible */
	if (out.size() < 32 && !(r.lens & (1u << out.size())))
		return num;
	return out;
}

const Region *region_by_id(const char *id)
{
	if (!id || id[0] < 'A' || id[0] > 'Z' || id[1] < 'A' || id[1] > 'Z' || id[2])
		return nullptr;
	return by_code[(id[0] - 'A') * 26 + (id[1] - 'A')];
}

/* libphonenumber's MaybeExtractCountryCode for a number without an
 * international prefix: when it starts with the region's own country code
 * and is not a number of the plan as written (or too long) but is one
 * without the code ("39 331 420905" in IT), the library reads it without
 * the code. 1 and the number without the code in *nsn when it does. */
bool own_code_prefix(const Region &r, const char *d, size_t n, std::string *nsn)
{
	if (!r.general || !r.ccn || n <= r.ccn || memcmp(d, r.ccs, r.ccn) != 0)
		return false;
	std::string pot = strip_national(r, std::string(d + r.ccn, n - r.ccn));
	unsigned max = 0;
	for (unsigned l = 1; l < 32; l++)
		if (r.lens & (1u << l))
			max = l;
	bool too_long = n > max && !(n < 32 && (r.local_lens & (1u << n)));
	if (!too_long && (full_match(r.general, d, n) || !full_match(r.general, pot)))
		return false;
	*nsn = pot;
	return true;
}

} // namespace

extern "C" int phonemeta_init(void)
{
	pthread_once(&once, init);
	return ok ? 0 : PHONEMETA_EINTERNAL;
}

extern "C" int phonemeta_check_intl(const char *d, size_t n, size_t *cc_len)
{
	if (phonemeta_init())
		return PHONEMETA_EINTERNAL;
	tl_region = nullptr;
	if (n < 2 || d[0] == '0')
		return PHONEMETA_INVALID; /* no country code starts with 0 */
	try {
		for (size_t k = 1; k <= 3 && k < n; k++) {
			int cc = 0;
			for (size_t i = 0; i < k; i++)
				cc = cc * 10 + (d[i] - '0');
			if (cc == 0 || (*by_cc)[static_cast<size_t>(cc)].empty())
				continue;
			if (cc_len)
				*cc_len = k;
			std::string nsn(d + k, n - k);
			const Region &main = (*regions)[(*by_cc)[static_cast<size_t>(cc)][0]];
			if (valid_cc(cc, strip_national(main, nsn)) || valid_cc(cc, nsn))
				return PHONEMETA_VALID;
			return PHONEMETA_INVALID;
		}
	} catch (...) {
		return PHONEMETA_EINTERNAL;
	}
	return PHONEMETA_INVALID;
}

extern "C" int phonemeta_check_national(const char *region, const char *d, size_t n)
{
	if (phonemeta_init())
		return PHONEMETA_EINTERNAL;
	tl_region = nullptr;
	try {
		const Region *r = region_by_id(region);
		if (!r)
			return PHONEMETA_INVALID;
		std::string own;
		if (own_code_prefix(*r, d, n, &own))
			return valid_cc(r->cc, strip_national(*r, own)) ? PHONEMETA_VALID
									: PHONEMETA_INVALID;
		if (!r->npfp || !r->npfp_literal.empty()) {
			/* no trunk prefix, or a plain one ("0", "8"): no allocation */
			const char *nsn = d;
			size_t nn = n;
			const std::string &np = r->npfp_literal;
			/* neither the number nor the number without its trunk
			 * prefix has a length of this plan: invalid, no regex */
			size_t sn = n > np.size() ? n - np.size() : 0;
			if (!(n < 32 && (r->lens & (1u << n))) &&
			    !(r->npfp && sn && sn < 32 && (r->lens & (1u << sn)) &&
			      memcmp(d, np.data(), np.size()) == 0) &&
			    !(n < 32 && (r->local_lens & (1u << n))))
				return PHONEMETA_INVALID;
			/* with a trunk prefix: valid stripped (libphonenumber strips
			 * when the rest is viable), or, rarely, as written */
			if (r->npfp && n > np.size() && memcmp(d, np.data(), np.size()) == 0) {
				const char *rest = d + np.size();
				size_t rn = n - np.size();
				if (rn < 32 && (r->lens & (1u << rn)) && valid_cc(r->cc, rest, rn))
					return PHONEMETA_VALID;
			}
			if (valid_cc(r->cc, nsn, nn))
				return PHONEMETA_VALID;
			if (nn < 32 && (r->local_lens & (1u << nn)))
				return PHONEMETA_LOCAL_ONLY;
			return PHONEMETA_INVALID;
		}
		std::string num(d, n);
		std::string nsn = strip_national(*r, num);
		if (valid_cc(r->cc, nsn))
			return PHONEMETA_VALID;
		if (nsn.size() < 32 && (r->local_lens & (1u << nsn.size())))
			return PHONEMETA_LOCAL_ONLY;
	} catch (...) {
		return PHONEMETA_EINTERNAL;
	}
	return PHONEMETA_INVALID;
}

extern "C" int phonemeta_firm(void)
{
	/* (libphonenumber's GetNumberType tries the premium rate, toll free
	 * and shared cost types before the others, and the UAN before the
	 * fixed line and the mobile) */
	const Region *r = tl_region;
	return r && r->firm && full_match(r->firm, tl_nsn, tl_nsn_len);
}

extern "C" int phonemeta_country_code(const char *region)
{
	if (phonemeta_init())
		return 0;
	const Region *r = region_by_id(region);
	return r ? r->cc : 0;
}
