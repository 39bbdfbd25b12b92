package com.dealercrm.lead.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dealercrm.platform.error.ApiException;
import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

    private final PhoneNumbers germany = new PhoneNumbers("DE");

    @Test
    void nationalAndInternationalMatch() {
        assertThat(germany.toE164("mobile", "0170 1234567")).isEqualTo("+491701234567");
        assertThat(germany.toE164("mobile", "+49 170 1234567")).isEqualTo("+491701234567");
        assertThat(germany.toE164("mobile", "0049 170 1234567")).isEqualTo("+491701234567");
        assertThat(germany.toE164("mobile", "+49 (170) 123-4567")).isEqualTo("+491701234567");
    }

    @Test
    void defaultRegionIsConfigurable() {
        PhoneNumbers austria = new PhoneNumbers("at");

        assertThat(austria.toE164("mobile", "0664 1234567")).isEqualTo("+436641234567");
        assertThat(austria.toE164("mobile", "+49 170 1234567")).isEqualTo("+491701234567");
    }

    @Test
    void blankIsNull() {
        assertThat(germany.toE164("mobile", null)).isNull();
        assertThat(germany.toE164("mobile", "  ")).isNull();
    }

    @Test
    void invalidNumberIsBadRequest() {
        for (String number : new String[] {"call me", "12", "0170 12AB", "+49 170 1234567 AB", "+999 1234567"}) {
            assertThatThrownBy(() -> germany.toE164("customer.mobile", number))
                    .as(number)
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.status()).isEqualTo(400);
                        assertThat(e.toProblem().errors).extracting("field").containsExactly("customer.mobile");
                        assertThat(e.getMessage()).contains("'" + number + "' is not a phone number");
                    });
        }
    }

    @Test
    void searchTextOnlyReadWhenValid() {
        assertThat(germany.toE164OrNull("0170 1234567")).isEqualTo("+491701234567");
        assertThat(germany.toE164OrNull("Miller")).isNull();
    }

    @Test
    void unknownRegionFailsStartup() {
        assertThatThrownBy(() -> new PhoneNumbers("XX"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dealer.phone.default-region 'XX'");
    }
}
