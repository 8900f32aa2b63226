package com.mockmate.base.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AddressBucketsTest {

    @Test
    void counts_an_ipv4_address_on_its_own() {
        assertThat(AddressBuckets.of("203.0.113.7")).isEqualTo("203.0.113.7");
    }

    @Test
    void counts_every_address_of_an_ipv6_64_network_together() {
        var one = AddressBuckets.of("2001:db8:1:2:aaaa:bbbb:cccc:1");
        var other = AddressBuckets.of("2001:0db8:0001:0002::ffff");

        assertThat(one).isEqualTo(other).isEqualTo("20010db800010002::/64");
        assertThat(AddressBuckets.of("2001:db8:1:3::1")).isNotEqualTo(one);
    }

    @Test
    void an_ipv4_mapped_ipv6_address_is_the_ipv4_address() {
        assertThat(AddressBuckets.of("::ffff:203.0.113.7")).isEqualTo("203.0.113.7");
    }

    @Test
    void no_address_shares_one_bucket() {
        assertThat(AddressBuckets.of(null)).isEqualTo("unknown");
        assertThat(AddressBuckets.of(" ")).isEqualTo("unknown");
    }
}
