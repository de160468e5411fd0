/* phonenum: C interface to libphonenumber (see phonenum.h). The only C++ in
 * custos; every entry point catches all exceptions, so a C caller never sees
 * one unwind through its frames. */
#include "phonenum.h"

#include <pthread.h>
#include <string.h>

#include <string>

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

/* The library's own singleton is thread-safe only as its build configured it
 * (boost, std::mutex, pthread or none); making it once here does not depend on
 * that. PhoneNumberUtil's const methods are safe to call concurrently. */
static pthread_once_t util_once = PTHREAD_ONCE_INIT;
static const PhoneNumberUtil *util;

static void util_init(void)
{
	try {
		util = PhoneNumberUtil::GetInstance();
	} catch (...) {
		util = nullptr;
	}
}

static enum phonenum_type map_type(PhoneNumberUtil::PhoneNumberType t)
{
	switch (t) {
	case PhoneNumberUtil::FIXED_LINE: return PHONENUM_T_FIXED_LINE;
	case PhoneNumberUtil::MOBILE: return PHONENUM_T_MOBILE;
	case PhoneNumberUtil::FIXED_LINE_OR_MOBILE: return PHONENUM_T_FIXED_OR_MOBILE;
	case PhoneNumberUtil::TOLL_FREE: return PHONENUM_T_TOLL_FREE;
	case PhoneNumberUtil::PREMIUM_RATE: return PHONENUM_T_PREMIUM_RATE;
	case PhoneNumberUtil::SHARED_COST: return PHONENUM_T_SHARED_COST;
	case PhoneNumberUtil::VOIP: return PHONENUM_T_VOIP;
	case PhoneNumberUtil::PERSONAL_NUMBER: return PHONENUM_T_PERSONAL;
	case PhoneNumberUtil::PAGER: return PHONENUM_T_PAGER;
	case PhoneNumberUtil::UAN: return PHONENUM_T_UAN;
	case PhoneNumberUtil::VOICEMAIL: return PHONENUM_T_VOICEMAIL;
	default: return PHONENUM_T_UNKNOWN;
	}
}

/* Copies s into a fixed buffer; a value that does not fit is dropped (an
 * empty field), never cut, so a caller never acts on half an E.164 form. */
static void put(char *dst, size_t cap, const std::string &s)
{
	if (s.size() < cap)
		memcpy(dst, s.c_str(), s.size() + 1);
	else
		dst[0] = '\0';
}

/* libphonenumber takes ASCII space, NBSP, U+3000 and U+2010-2015 dashes
 * between digit groups, but not the narrow NBSP (U+202F: French number
 * formatting), figure, thin and other typographic spaces (U+2002-U+200A);
 * people paste those, so they become plain spaces first. */
static std::string spaces_to_ascii(const char *s, size_t len)
{
	std::string out;
	out.reserve(len);
	for (size_t i = 0; i < len; i++) {
		const unsigned char *u = reinterpret_cast<const unsigned char *>(s + i);
		if (i + 2 < len && u[0] == 0xe2 && u[1] == 0x80 &&
		    ((u[2] >= 0x82 && u[2] <= 0x8a) || u[2] == 0xaf)) {
			out.push_back(' ');
			i += 2;
		} else {
			out.push_back(s[i]);
		}
	}
	return out;
}

static int check(const char *candidate, size_t len, const char *default_region,
                 struct phonenum_result *out)
{
	char region[3] = "ZZ";
	if (default_region) {
		if (strlen(default_region) != 2)
			return PHONENUM_EINVAL;
		for (int i = 0; i < 2; i++) {
			char c = default_region[i];
			if (c >= 'a' && c <= 'z')
				c = static_cast<char>(c - 'a' + 'A');
			if (c < 'A' || c > 'Z')
				return PHONENUM_EINVAL;
			region[i] = c;
		}
	}
	pthread_once(&util_once, util_init);
	if (!util)
		return PHONENUM_EINTERNAL;

	PhoneNumber num;
	std::string text = spaces_to_ascii(candidate, len);
	if (util->Parse(text, region, &num) != PhoneNumberUtil::NO_PARSING_ERROR)
		return PHONENUM_INVALID;

	int status;
	if (util->IsValidNumber(num))
		status = PHONENUM_VALID;
	else if (util->IsPossibleNumberWithReason(num) == PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY)
		status = PHONENUM_LOCAL_ONLY;
	else
		status = PHONENUM_INVALID;

	if (out) {
		std::string s;
		out->country_code = num.country_code();
		util->Format(num, PhoneNumberUtil::E164, &s);
		put(out->e164, sizeof(out->e164), s);
		if (num.has_extension())
			put(out->extension, sizeof(out->extension), num.extension());
		if (status == PHONENUM_VALID) {
			out->type = map_type(util->GetNumberType(num));
			s.clear();
			util->GetRegionCodeForNumber(num, &s);
			if (s != "ZZ")
				put(out->region, sizeof(out->region), s);
		}
	}
	return status;
}

extern "C" int phonenum_check(const char *candidate, size_t len, const char *default_region,
                              struct phonenum_result *out)
{
	if (out)
		memset(out, 0, sizeof(*out));
	if (!candidate)
		return PHONENUM_EINVAL;
	if (len > PHONENUM_MAX_INPUT)
		return PHONENUM_ETOOBIG;
	int rc;
	try {
		rc = check(candidate, len, default_region, out);
	} catch (...) {
		rc = PHONENUM_EINTERNAL;
	}
	if (rc < 0 && out)
		memset(out, 0, sizeof(*out));
	return rc;
}

extern "C" int phonenum_check_any(const char *candidate, size_t len,
                                  const char *const *regions, size_t n,
                                  struct phonenum_result *out)
{
	struct phonenum_result local, first_local;
	int have_local = 0;
	if (!regions && n)
		return PHONENUM_EINVAL;
	if (out)
		memset(out, 0, sizeof(*out));
	for (size_t i = 0; i < n; i++) {
		int rc = phonenum_check(candidate, len, regions[i], &local);
		if (rc < 0)
			return rc;
		if (rc == PHONENUM_VALID) {
			if (out)
				*out = local;
			return rc;
		}
		if (rc == PHONENUM_LOCAL_ONLY && !have_local) {
			first_local = local;
			have_local = 1;
		}
	}
	if (have_local) {
		if (out)
			*out = first_local;
		return PHONENUM_LOCAL_ONLY;
	}
	return PHONENUM_INVALID;
}

extern "C" const char *phonenum_type_name(enum phonenum_type t)
{
	switch (t) {
	case PHONENUM_T_FIXED_LINE: return "fixed_line";
	case PHONENUM_T_MOBILE: return "mobile";
	case PHONENUM_T_FIXED_OR_MOBILE: return "fixed_line_or_mobile";
	case PHONENUM_T_TOLL_FREE: return "toll_free";
	case PHONENUM_T_PREMIUM_RATE: return "premium_rate";
	case PHONENUM_T_SHARED_COST: return "shared_cost";
	case PHONENUM_T_VOIP: return "voip";
	case PHONENUM_T_PERSONAL: return "personal_number";
	case PHONENUM_T_PAGER: return "pager";
	case PHONENUM_T_UAN: return "uan";
	case PHONENUM_T_VOICEMAIL: return "voicemail";
	default: return "unknown";
	}
}

extern "C" const char *phonenum_strerror(int rc)
{
	switch (rc) {
	case PHONENUM_INVALID: return "not a valid phone number";
	case PHONENUM_VALID: return "valid phone number";
	case PHONENUM_LOCAL_ONLY: return "phone number valid only locally";
	case PHONENUM_EINVAL: return "invalid argument";
	case PHONENUM_ETOOBIG: return "candidate too long";
	case PHONENUM_EINTERNAL: return "internal error in libphonenumber";
	default: return "unknown error";
	}
}
