package com.mockmate.base.api.input;

import com.mockmate.base.domain.TextRules;
import com.mockmate.base.error.BadRequestException;
import com.mockmate.base.error.UnsupportedMediaException;
import java.beans.PropertyEditorSupport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Applies {@link TextRules} to the text REST controllers take outside JSON: query, form and multipart text parameters,
 * headers and path variables (through the data binder) and bodies read as a whole string (imports).
 */
@RestControllerAdvice(annotations = RestController.class)
class TextInputAdvice extends RequestBodyAdviceAdapter {

    @InitBinder
    void refuseUnstorableText(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StorableText(binder.getObjectName()));
    }

    @Override
    public boolean supports(
            MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return targetType == String.class;
    }

    /** The body limit filter has bounded the body already, so reading it whole here is safe. */
    @Override
    public HttpInputMessage beforeBodyRead(
            HttpInputMessage message,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType)
            throws IOException {
        var bytes = message.getBody().readAllBytes();
        var contentType = message.getHeaders().getContentType();
        Charset charset;
        try {
            charset = contentType == null || contentType.getCharset() == null
                    ? StandardCharsets.UTF_8
                    : contentType.getCharset();
        } catch (IllegalArgumentException unknown) {
            throw new UnsupportedMediaException("The request body's charset is not supported; send UTF-8.");
        }
        TextRules.decode(bytes, charset, "The request body");
        var headers = message.getHeaders();
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(bytes);
            }

            @Override
            public HttpHeaders getHeaders() {
                return headers;
            }
        };
    }

    private static final class StorableText extends PropertyEditorSupport {

        private final String name;

        StorableText(String name) {
            this.name = name;
        }

        @Override
        public void setAsText(String text) {
            var problem = TextRules.problem(text);
            if (problem != null) {
                throw new BadRequestException("'" + name + "' " + problem + ".");
            }
            setValue(text);
        }
    }
}
