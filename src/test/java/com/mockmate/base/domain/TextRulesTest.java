package com.mockmate.base.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mockmate.base.error.BadRequestException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextRulesTest {

    @Test
    void text_with_nul_or_a_lone_surrogate_cannot_be_stored() {
        assertThat(TextRules.problem("a\u0000b")).isEqualTo("must not contain NUL characters");
        assertThat(TextRules.problem("a\uD800")).isEqualTo("must be valid Unicode text");
        assertThat(TextRules.problem("\uDC00a")).isEqualTo("must be valid Unicode text");
        assertThat(TextRules.problem("\uD800x\uDC00")).isEqualTo("must be valid Unicode text");
    }

    @Test
    void any_other_text_can() {
        assertThat(TextRules.problem("")).isNull();
        assertThat(TextRules.problem("Grüße, 日本, \uD83D\uDE00, tab\tand\nnewline"))
                .isNull();
    }

    @Test
    void bytes_must_be_utf8_without_nul() {
        assertThat(TextRules.utf8("Grüße".getBytes(StandardCharsets.UTF_8), "The file"))
                .isEqualTo("Grüße");
        assertThatThrownBy(() -> TextRules.utf8(new byte[] {'a', (byte) 0xC3, 0x28}, "The file"))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("The file must be UTF-8 text");
        assertThatThrownBy(() -> TextRules.utf8(new byte[] {'a', 0, 'b'}, "The file"))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("must not contain NUL characters");
    }
}
