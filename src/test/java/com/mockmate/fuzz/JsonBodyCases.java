package com.mockmate.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Variations of a JSON body: broken documents, missing, null and mistyped fields, hostile text, depth and size. */
final class JsonBodyCases {

    private static final String JSON = "application/json";
    private static final String TOKEN = "\"@@fuzz@@\"";

    private final FuzzRequest baseline;
    private final JsonNode base;
    private final List<FuzzRequest> cases = new ArrayList<>();

    JsonBodyCases(FuzzRequest baseline, JsonNode base) {
        this.baseline = baseline;
        this.base = base;
    }

    List<FuzzRequest> all() {
        for (var broken : List.of(
                "{}",
                "[]",
                "null",
                "\"text\"",
                "123",
                "",
                "{",
                "{\"a\":}",
                "{\"a\":1,}",
                "\uFEFF{}",
                "{\"a\":1} trailing",
                "{'single': 'quotes'}",
                "{\"a\":NaN}",
                "/* comment */ {}")) {
            add("json-structure", "body " + FuzzCases.abbreviated(broken), broken.getBytes(StandardCharsets.UTF_8));
        }
        add("json-deep", "array nested 10000 deep", ("[".repeat(10_000) + "]".repeat(10_000)).getBytes());
        add("json-deep", "object nested 3000 deep", ("{\"a\":".repeat(3000) + "1" + "}".repeat(3000)).getBytes());
        if (base instanceof ObjectNode object) {
            object.propertyNames().forEach(name -> {
                fieldCases(object, name);
                lengthCases(object, name);
            });
            var extra = object.deepCopy();
            Samples.JSON
                    .readTree(Hostile.EXTRA_FIELDS)
                    .properties()
                    .forEach(e -> extra.putIfAbsent(e.getKey(), e.getValue()));
            add("json-extra", "fields a client must not set", bytes(extra));
            add("json-extra", "duplicate key", duplicateKey(object));
        }
        return cases;
    }

    private void fieldCases(ObjectNode object, String name) {
        var without = object.deepCopy();
        without.remove(name);
        add("field " + name, "without " + name, bytes(without));
        for (var value : List.of(
                "null",
                "123",
                "-1",
                "2147483648",
                "99999999999999999999999",
                "1.5",
                "1e999999999",
                "-0",
                "true",
                "\"yes\"",
                "[]",
                "{}",
                "[null]",
                "[123]",
                "[[\"nested\"]]",
                "\"" + "x".repeat(10_000) + "\"",
                "[" + "\"x\",".repeat(9_999) + "\"x\"]",
                "\"" + "x".repeat(60_000) + "\"",
                "[" + "[".repeat(1500) + "]".repeat(1500) + "]")) {
            add("field " + name, name + "=" + FuzzCases.abbreviated(value), replaced(object, name, raw(value)));
        }
        for (var text : List.of(
                "a\\u0000b",
                "\\u0000",
                "\\ud800",
                "x\\udfff",
                "\\ud83d\\ude00 ok",
                "\\u202Eevil",
                "   ",
                "\\t\\n",
                "<script>alert(1)</script>",
                "' OR '1'='1",
                "${jndi:ldap://x}",
                "%00")) {
            add("field " + name, name + "=\"" + text + "\"", replaced(object, name, raw("\"" + text + "\"")));
        }
        add("field " + name, name + " with invalid UTF-8", replaced(object, name, new byte[] {
            '"', 'a', (byte) 0xC3, 0x28, '"'
        }));
        add("field " + name, name + " with a raw NUL byte", replaced(object, name, new byte[] {'"', 'a', 0, 'b', '"'}));
        add("field " + name, name + " with a lone continuation byte", replaced(object, name, new byte[] {
            '"', (byte) 0x80, '"'
        }));
    }

    /**
     * Text around the limits columns and hashes have (72 bytes for bcrypt, 100 and 128 characters, 255), varied enough
     * for the password rules; the accented one is longer in bytes than in characters.
     */
    private void lengthCases(ObjectNode object, String name) {
        for (var length : List.of(73, 101, 129, 256, 1001)) {
            var text = "Fz9-".repeat(length / 4 + 1).substring(0, length);
            add(
                    "length " + name,
                    name + " of " + length + " characters",
                    replaced(object, name, raw("\"" + text + "\"")));
        }
        add(
                "length " + name,
                name + " of 70 characters, 84 bytes",
                replaced(object, name, raw("\"" + "Fz9-é".repeat(14) + "\"")));
    }

    private void add(String category, String label, byte[] body) {
        cases.add(baseline.withBody(category, label, JSON, body));
    }

    private static byte[] replaced(ObjectNode object, String name, byte[] value) {
        var copy = object.deepCopy();
        copy.put(name, "@@fuzz@@");
        var json = Samples.JSON.writeValueAsString(copy);
        var at = json.indexOf(TOKEN);
        var out = new ByteArrayOutputStream();
        out.writeBytes(json.substring(0, at).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(value);
        out.writeBytes(json.substring(at + TOKEN.length()).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static byte[] duplicateKey(ObjectNode object) {
        var json = Samples.JSON.writeValueAsString(object);
        var first = object.propertyNames().iterator().next();
        return ("{\"" + first + "\": 1, " + json.substring(1)).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] bytes(JsonNode node) {
        return Samples.JSON.writeValueAsBytes(node);
    }

    private static byte[] raw(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
