package com.dealercrm.lead.service;

import com.dealercrm.lead.config.PhoneConfig;
import com.dealercrm.platform.error.ApiException;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalizes customer mobile numbers to E.164 with libphonenumber, so that {@code 0170 1234567}
 * and {@code +49 170 1234567} are the same number when the default country is DE.
 */
@ApplicationScoped
public class PhoneNumbers {

    private static final Pattern DIALABLE = Pattern.compile("[0-9+()./\\- ]+");

    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    private final String defaultRegion;

    @Inject
    public PhoneNumbers(PhoneConfig config) {
        this(config.defaultRegion());
    }

    PhoneNumbers(String defaultRegion) {
        String region = defaultRegion.trim().toUpperCase(Locale.ROOT);
        if (!util.getSupportedRegions().contains(region)) {
            throw new IllegalArgumentException("dealer.phone.default-region '" + defaultRegion
                    + "' is not a country code libphonenumber supports; use an ISO 3166-1 alpha-2 code such as DE");
        }
        this.defaultRegion = region;
    }

    /**
     * Returns the number in E.164, such as {@code +491701234567}, or null for a null or blank
     * number. Raises a 400 naming {@code field} unless the text is made of digits and separators
     * and libphonenumber finds it a valid number of its country.
     */
    public String toE164(String field, String number) {
        if (number == null || number.isBlank()) {
            return null;
        }
        // libphonenumber would read letters as a vanity number or drop them after the digits.
        if (!DIALABLE.matcher(number).matches()) {
            throw invalid(field, number);
        }
        PhoneNumber parsed = parse(field, number);
        if (!util.isValidNumber(parsed)) {
            throw invalid(field, number);
        }
        return util.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164);
    }

    /** Returns the text in E.164 when it reads as a valid phone number, else null. */
    public String toE164OrNull(String text) {
        try {
            return toE164("q", text);
        } catch (ApiException e) {
            return null;
        }
    }

    private PhoneNumber parse(String field, String number) {
        try {
            return util.parse(number, defaultRegion);
        } catch (NumberParseException e) {
            throw invalid(field, number);
        }
    }

    private ApiException invalid(String field, String number) {
        return ApiException.badRequest(field, "'" + number + "' is not a phone number; write it with its country code, such as +49 170 1234567");
    }
}
