package vn.campaign.api.robustness;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import tools.jackson.databind.json.JsonMapper;

/**
 * Generates malformed requests to {@code /graphql}, in batches by kind, from a seeded {@link Random}: the
 * same seed gives the same requests, so that a failure can be reproduced by its name. None of them is a
 * request the API should execute: each must get a 4xx or a GraphQL error payload.
 */
final class MalformedRequests {

    /** A kind of malformed request and the probes of that kind. */
    record Batch(String name, List<Probe> probes) {

        /** Copies the list. */
        Batch {
            Objects.requireNonNull(name, "name");
            probes = List.copyOf(probes);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] SYNTAX = {"{", "}", "(", ")", "[", "]", ":", "=", "@", "$", "!", "...", "|", "&",
        "query", "mutation", "fragment", "on", "campaigns", "works", "first", "code", "1", "-0", "1e", "0x1F", "1.",
        "\"text\"", "\"\"\"block\"\"\"", "\"\\q\"", "\"\\uZZZZ\"", "\"\\uD800\"", "# comment\n", "\u0000", "\u00e9",
        "\ud83d\ude00", "\u2028", "true", "null", "$$", "@@", "....", "\"unterminated"};

    private final Random random;
    private final String adminToken;

    /**
     * A generator.
     *
     * @param seed       the seed of its random choices
     * @param adminToken a city administrator's token, for malformed writes that pass authentication
     */
    MalformedRequests(long seed, String adminToken) {
        this.random = new Random(seed);
        this.adminToken = Objects.requireNonNull(adminToken, "adminToken");
    }

    /**
     * Every batch, in a fixed order.
     *
     * @return the batches
     */
    List<Batch> batches() {
        return List.of(randomBytes(80), invalidUtf8(30), invalidUnicode(), brokenSyntax(70), deepNesting(), hugeValues(),
                wrongVariableTypes(), unknownFieldsAndArguments(40), wrongContentTypes(), wrongMethods(),
                bodiesThatAreNotRequests(), duplicatedKeys(), notHttp(12));
    }

    private Batch randomBytes(int count) {
        List<Probe> probes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            byte[] body = new byte[1 + random.nextInt(i < count / 2 ? 64 : 8192)];
            random.nextBytes(body);
            probes.add(Probe.Http.post("random bytes #" + i + " (" + body.length + " bytes)", "application/json", body,
                    i % 3 == 0 ? adminToken : null));
        }
        return new Batch("random bytes", probes);
    }

    private Batch invalidUtf8(int count) {
        byte[][] invalid = {{(byte) 0x80}, {(byte) 0xBF, (byte) 0x80}, {(byte) 0xC0, (byte) 0xAF},
            {(byte) 0xC3}, {(byte) 0xE1, (byte) 0xBA}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80,
                (byte) 0x80}, {(byte) 0xFE}, {(byte) 0xFF, (byte) 0xFE}};
        String[] templates = {
            "{\"query\":\"{ campaign(code: \\\"%s\\\") { code } }\"}",
            "{\"query\":\"query($c: String!) { campaign(code: $c) { code } }\",\"variables\":{\"c\":\"%s\"}}",
            "{\"qu%sery\":\"{ campaigns { code } }\"}",
            "{\"query\":\"{ campaigns { code } }\",\"operationName\":\"%s\"}",
            "{\"query\":\"mutation($i: RegisterWorkInput!) { registerWork(input: $i) { work { id } } }\",\"variables\":"
                + "{\"i\":{\"campaignCode\":\"CT32-2022\",\"unitCode\":\"18076\",\"name\":\"C\u00f4ng tr\u00ecnh %s\","
                + "\"kind\":\"INAUGURATION\",\"plannedOn\":\"2022-05-01\"}}}"};
        List<Probe> probes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            byte[] bad = invalid[random.nextInt(invalid.length)];
            String template = templates[i % templates.length];
            String[] parts = template.split("%s", -1);
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.writeBytes(parts[0].getBytes(StandardCharsets.UTF_8));
            body.writeBytes("Ph\u01b0\u1eddng ".getBytes(StandardCharsets.UTF_8));
            body.writeBytes(bad);
            body.writeBytes(parts[1].getBytes(StandardCharsets.UTF_8));
            probes.add(Probe.Http.post("invalid UTF-8 #" + i + " (" + hex(bad) + " in template " + i % templates.length
                    + ")", "application/json", body.toByteArray(), adminToken));
        }
        return new Batch("invalid UTF-8", probes);
    }

    private Batch invalidUnicode() {
        String register = "mutation($i: RegisterWorkInput!) { registerWork(input: $i) { work { id } } }";
        String[] halves = {"\\ud800", "\\udbff", "\\udc00", "\\udfff", "\\udc00\\ud800"};
        List<Probe> probes = new ArrayList<>();
        for (String half : halves) {
            probes.add(Probe.Http.json("a registration named with the JSON escape " + half,
                    "{\"query\":\"" + register + "\",\"variables\":{\"i\":{\"campaignCode\":\"CT32-2022\","
                            + "\"unitCode\":\"18076\",\"name\":\"C\u00f4ng tr\u00ecnh " + half + " m\u1edbi\","
                            + "\"kind\":\"INAUGURATION\",\"plannedOn\":\"2022-05-01\"}}}", adminToken));
            probes.add(Probe.Http.json("an ID variable with the JSON escape " + half,
                    "{\"query\":\"query($v: ID!) { node(id: $v) { id } }\",\"variables\":{\"v\":\"V29y" + half
                            + "\"}}", null));
            probes.add(Probe.Http.json("a string literal with the JSON escape " + half,
                    "{\"query\":\"{ campaign(code: \\\"CT" + half + "\\\") { code } }\"}", null));
        }
        return new Batch("invalid Unicode in JSON escapes", probes);
    }

    private Batch brokenSyntax(int count) {
        List<Probe> probes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder document = new StringBuilder(i % 2 == 0 ? "} " : "");
            int tokens = 1 + random.nextInt(60);
            for (int t = 0; t < tokens; t++) {
                document.append(SYNTAX[random.nextInt(SYNTAX.length)]).append(random.nextInt(4) == 0 ? "" : " ");
            }
            if (i % 2 == 1) {
                document.append(" \"unterminated");
            }
            probes.add(Probe.Http.json("broken syntax #" + i, request(document.toString(), Map.of()),
                    i % 4 == 0 ? adminToken : null));
        }
        return new Batch("broken GraphQL syntax", probes);
    }

    private Batch deepNesting() {
        List<Probe> probes = new ArrayList<>();
        probes.add(Probe.Http.json("10,000 opening braces", request("{".repeat(10_000), Map.of()), null));
        probes.add(Probe.Http.json("selections nested 10,000 levels",
                request("{ a".repeat(10_000) + " }".repeat(10_000), Map.of()), null));
        probes.add(Probe.Http.json("selections nested 4,000 levels (over the token limit)",
                request("{a".repeat(4000) + "}".repeat(4000), Map.of()), null));
        probes.add(Probe.Http.json("selections nested 1,000 levels (over the parser's depth)",
                request("{a".repeat(1000) + "}".repeat(1000), Map.of()), null));
        probes.add(Probe.Http.json("unit parents nested 200 levels (over the depth limit)",
                request("{ units(first: 1) { nodes { " + "parent { ".repeat(200) + "code" + " }".repeat(200)
                        + " } } }", Map.of()), null));
        probes.add(Probe.Http.json("a list argument nested 10,000 levels",
                request("{ works(first: 1, filter: {kinds: " + "[".repeat(10_000) + "]".repeat(10_000)
                        + "}) { totalCount } }", Map.of()), null));
        probes.add(Probe.Http.json("an input object nested 3,000 levels",
                request("{ works(first: 1, filter: " + "{kinds: ".repeat(3000) + "1" + "}".repeat(3000)
                        + ") { totalCount } }", Map.of()), null));
        probes.add(Probe.Http.json("JSON variables nested 10,000 objects deep",
                "{\"query\":\"query($f: WorkFilter) { works(first: 1, filter: $f) { totalCount } }\",\"variables\":{\"f\":"
                        + "{\"kinds\":".repeat(10_000) + "1" + "}".repeat(10_000) + "}}", null));
        probes.add(Probe.Http.json("JSON variables nested 10,000 arrays deep",
                "{\"query\":\"query($f: WorkFilter) { works(first: 1, filter: $f) { totalCount } }\",\"variables\":{\"f\":"
                        + "[".repeat(10_000) + "]".repeat(10_000) + "}}", null));
        probes.add(Probe.Http.json("a JSON body nested 10,000 arrays deep", "[".repeat(10_000) + "]".repeat(10_000),
                null));
        probes.add(Probe.Http.json("fragments chained 2,000 deep", request("query { ...F0 } "
                + IntStream.range(0, 2000).mapToObj(i -> "fragment F" + i + " on Query { ...F" + (i + 1) + " }")
                        .collect(Collectors.joining(" ")) + " fragment F2000 on Query { campaigns { code } }",
                Map.of()), null));
        return new Batch("deep nesting", probes);
    }

    private Batch hugeValues() {
        List<Probe> probes = new ArrayList<>();
        byte[] tenMegabytes = ("{\"query\":\"{ campaign(code: \\\"" + "x".repeat(64 * 1024)).getBytes(StandardCharsets.UTF_8);
        probes.add(new Probe.Raw("a body of 10 MB declared, of which 64 KB are sent", httpHead("POST", "/graphql",
                "Content-Type: application/json\r\nContent-Length: " + 10 * 1024 * 1024 + "\r\n", tenMegabytes)));
        probes.add(new Probe.Raw("a chunked body of 2 MB", chunked(("{\"query\":\"" + "x".repeat(2 * 1024 * 1024)
                + "\"}").getBytes(StandardCharsets.UTF_8))));
        probes.add(Probe.Http.json("a document of 900,000 characters",
                request("{ campaign(code: \"" + "x".repeat(900_000) + "\") { code } }", Map.of()), null));
        probes.add(Probe.Http.json("a string of 900,000 characters for an Int",
                request("query($n: Int!) { works(first: $n) { totalCount } }", Map.of("n", "9".repeat(900_000))), null));
        probes.add(Probe.Http.json("a list of 100,000 numbers for a String",
                request("query($c: String!) { campaign(code: $c) { code } }",
                        Map.of("c", Collections.nCopies(100_000, 7))), null));
        probes.add(Probe.Http.json("a list of 150,000 unknown kinds",
                request("query($f: WorkFilter) { works(first: 1, filter: $f) { totalCount } }",
                        Map.of("f", Map.of("kinds", Collections.nCopies(150_000, "X")))), null));
        probes.add(Probe.Http.json("an inline list of 6,000 values (over the token limit)",
                request("{ works(first: 1, filter: {kinds: [" + "1 ".repeat(6000) + "]}) { totalCount } }", Map.of()),
                null));
        probes.add(Probe.Http.json("a registration with a name of 100,000 characters of the wrong type",
                request("mutation($i: RegisterWorkInput!) { registerWork(input: $i) { work { id } } }",
                        Map.of("i", Map.of("campaignCode", "CT32-2022", "unitCode", "18076", "name",
                                List.of("x".repeat(100_000)), "kind", "INAUGURATION", "plannedOn", "2022-05-01"))),
                adminToken));
        return new Batch("huge strings and lists", probes);
    }

    private Batch wrongVariableTypes() {
        Map<String, Object> validWork = new LinkedHashMap<>();
        validWork.put("campaignCode", "CT32-2022");
        validWork.put("unitCode", "18076");
        validWork.put("name", "Nh\u00e0 v\u0103n h\u00f3a th\u00f4n 1");
        validWork.put("kind", "INAUGURATION");
        validWork.put("plannedOn", "2022-05-01");
        record Typed(String document, String variable, List<Object> wrong, boolean admin) {
        }
        List<Typed> operations = List.of(
                new Typed("query($v: Int!) { works(first: $v) { totalCount } }", "v",
                        values("10", 1.5, 3.0e10, 2_147_483_648L, true, Map.of(), List.of(1), null, "", "NaN"), false),
                new Typed("query($v: String!) { campaign(code: $v) { code } }", "v",
                        values(12, 1.5, true, Map.of("a", 1), List.of("x"), null), false),
                new Typed("query($v: ID!) { node(id: $v) { id } }", "v",
                        values(true, 1.5, Map.of(), List.of(), null), false),
                new Typed("query($v: WorkFilter) { works(filter: $v, first: 1) { totalCount } }", "v",
                        values("x", 5, Map.of("kinds", List.of("NOPE")), Map.of("unknownField", 1),
                                Map.of("statuses", List.of(1)), Map.of("kinds", "INAUGURATIONX"), List.of(Map.of(), 1)),
                        false),
                new Typed("query($v: Date) { unit(code: \"18076\", on: $v) { code } }", "v",
                        values("2022-13-45", "yesterday", 20_220_101, "2022-02-30", "22-1-1", true, List.of("2022-01-01")),
                        false),
                new Typed("mutation($v: RegisterWorkInput!) { registerWork(input: $v) { work { id } userErrors { code } } }",
                        "v", values(with(validWork, "kind", "NOPE"), with(validWork, "kind", 5),
                                with(validWork, "plannedOn", "2022-99-01"), with(validWork, "name", 5),
                                with(validWork, "name", null), with(validWork, "campaignCode", List.of("CT32-2022")),
                                with(validWork, "investment", "12abc"), with(validWork, "investment", 1.5),
                                with(validWork, "plaqueRequested", "yes"), with(validWork, "unknownField", "x"),
                                without(validWork, "unitCode"), "x", List.of(validWork), 7), true),
                new Typed("mutation($v: UpdateWorkInput!) { updateWork(input: $v) { work { id } userErrors { code } } }",
                        "v", values(Map.of("id", "x", "expectedVersion", "1"), Map.of("id", List.of(), "expectedVersion", 1),
                                Map.of("expectedVersion", 1), Map.of("id", "x", "expectedVersion", 1, "kind", "NOPE"),
                                Map.of("id", "x", "expectedVersion", 1.5)), true),
                new Typed("mutation($v: ApproveWorkInput!) { approveWork(input: $v) { work { id } userErrors { code } } }",
                        "v", values(Map.of("id", true, "expectedVersion", 0), Map.of("id", "x"), "approve", 0), true));
        List<Probe> probes = new ArrayList<>();
        for (Typed operation : operations) {
            for (Object wrong : operation.wrong()) {
                Map<String, Object> variables = new LinkedHashMap<>();
                variables.put(operation.variable(), wrong);
                probes.add(Probe.Http.json("wrong type: $" + operation.variable() + " = " + abbreviate(json(wrong))
                        + " in " + operation.document().substring(0, operation.document().indexOf(')') + 1),
                        request(operation.document(), variables), operation.admin() ? adminToken : null));
            }
        }
        return new Batch("wrong variable types", probes);
    }

    private Batch unknownFieldsAndArguments(int count) {
        List<Function<String, String>> shapes = List.of(
                name -> "{ campaigns { " + name + " } }",
                name -> "{ " + name + " }",
                name -> "{ works(first: 1, " + name + ": 1) { totalCount } }",
                name -> "{ campaigns(" + name + ": 1) { code } }",
                name -> "{ works(filter: {" + name + ": 1}, first: 1) { totalCount } }",
                name -> "{ campaigns { code @" + name + " } }",
                name -> "{ ... on " + name + " { campaigns { code } } }",
                name -> "{ works(first: $" + name + ") { totalCount } }",
                name -> "{ units(first: 1) { nodes { works(first: 1) { nodes { " + name + " } } } } }",
                name -> "mutation { registerWork(input: {" + name + ": 1}) { work { id } } }",
                name -> "mutation { " + name + "(input: {}) { id } }",
                name -> "{ ..." + name + " }");
        List<Probe> probes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = "zz" + randomName(3 + random.nextInt(10));
            String document = shapes.get(i % shapes.size()).apply(name);
            probes.add(Probe.Http.json("unknown name #" + i + ": " + document, request(document, Map.of()),
                    document.startsWith("mutation") ? adminToken : null));
        }
        probes.add(Probe.Http.json("an unknown operation name",
                "{\"query\":\"query A { campaigns { code } }\",\"operationName\":\"B\"}", null));
        probes.add(Probe.Http.json("two operations and no operation name",
                "{\"query\":\"query A { campaigns { code } } query B { campaigns { name } }\"}", null));
        return new Batch("unknown fields and arguments", probes);
    }

    private Batch wrongContentTypes() {
        byte[] valid = request("{ campaigns { code } }", Map.of()).getBytes(StandardCharsets.UTF_8);
        String[] types = {"text/plain", "application/xml", "text/html", "application/octet-stream", "text/json",
            "application/jsonx", "garbage/!!", "application/json; charset=nope", "multipart/form-data; boundary=zz",
            "application/x-www-form-urlencoded", "image/png", null};
        List<Probe> probes = new ArrayList<>();
        for (String type : types) {
            probes.add(Probe.Http.post("content type " + type + " with a valid body", type, valid, null));
        }
        probes.add(Probe.Http.post("a form with a query field", "application/x-www-form-urlencoded",
                "query=%7B%20campaigns%20%7B%20code%20%7D%20%7D".getBytes(StandardCharsets.US_ASCII), null));
        probes.add(Probe.Http.post("a multipart form with a query part", "multipart/form-data; boundary=zz",
                ("--zz\r\nContent-Disposition: form-data; name=\"query\"\r\n\r\n{ campaigns { code } }\r\n--zz--\r\n")
                        .getBytes(StandardCharsets.US_ASCII), null));
        Map<String, String> html = Map.of("Content-Type", "application/json", "Accept", "text/html");
        probes.add(new Probe.Http("a valid request accepting only text/html", "POST", "/graphql", html, valid));
        return new Batch("wrong content types", probes);
    }

    private Batch wrongMethods() {
        String mutation = "mutation%20%7B%20registerWork(input%3A%20%7BcampaignCode%3A%20%22CT32-2022%22%2C%20unitCode%3A"
                + "%20%2218076%22%2C%20name%3A%20%22X%22%2C%20kind%3A%20INAUGURATION%2C%20plannedOn%3A%20%222022-05-01%22"
                + "%7D)%20%7B%20work%20%7B%20id%20%7D%20%7D%20%7D";
        byte[] valid = request("{ campaigns { code } }", Map.of()).getBytes(StandardCharsets.UTF_8);
        Map<String, String> admin = Map.of("Authorization", "Bearer " + adminToken);
        Map<String, String> json = Map.of("Content-Type", "application/json");
        List<Probe> probes = new ArrayList<>();
        probes.add(new Probe.Http("GET with a mutation", "GET", "/graphql?query=" + mutation, admin, null));
        probes.add(new Probe.Http("GET with a mutation, anonymous", "GET", "/graphql?query=" + mutation, Map.of(), null));
        probes.add(new Probe.Http("GET with a query", "GET", "/graphql?query=%7B%20campaigns%20%7B%20code%20%7D%20%7D",
                Map.of(), null));
        probes.add(new Probe.Http("GET without a query", "GET", "/graphql", Map.of(), null));
        for (String method : new String[] {"PUT", "DELETE", "PATCH"}) {
            probes.add(new Probe.Http(method + " with a valid body", method, "/graphql", json, valid));
        }
        probes.add(new Probe.Http("POST to an unknown path", "POST", "/graphql/x", json, valid));
        probes.add(new Probe.Http("POST to an unknown API path", "POST", "/api/nothing", json, valid));
        probes.add(new Probe.Http("GET of an unknown API path", "GET", "/api/nothing", Map.of(), null));
        return new Batch("wrong methods and paths", probes);
    }

    private Batch bodiesThatAreNotRequests() {
        String[] bodies = {"[]", "[{\"query\":\"{ campaigns { code } }\"}]", "42", "-1.5", "\"x\"", "null", " null ",
            "true", "false", "{}", "", "{\"query\":null}", "{\"query\":5}", "{\"query\":{}}", "{\"query\":[]}",
            "{\"query\":\"\"}", "{\"variables\":{}}", "{\"query\":\"{ campaigns { code } }\",\"variables\":[]}",
            "{\"query\":\"{ campaigns { code } }\",\"variables\":\"x\"}",
            "{\"query\":\"{ campaigns { code } }\",\"operationName\":{}}",
            "{\"query\":\"{ campaigns { code } }\",\"extensions\":[1]}", "{\"query\":\"{ campaigns { code } }\"",
            "{\"query\":\"{ campaigns { code } }\"}}", "{'query':'{ campaigns { code } }'}",
            "{query:\"{ campaigns { code } }\"}", "{\"query\":\"{ campaigns { code } }\",}"};
        List<Probe> probes = new ArrayList<>();
        for (int i = 0; i < bodies.length; i++) {
            probes.add(Probe.Http.json("not a request #" + i + ": " + bodies[i], bodies[i], null));
        }
        return new Batch("bodies that are not GraphQL requests", probes);
    }

    private Batch duplicatedKeys() {
        String[] bodies = {
            "{\"query\":\"{ campaigns { code } }\",\"query\":\"{ campaigns { code } }\"}",
            "{\"query\":\"{ campaigns { code } }\",\"query\":\"{ campaigns { name } }\"}",
            "{\"query\":\"query($n: Int!) { works(first: $n) { totalCount } }\",\"variables\":{\"n\":1,\"n\":2}}",
            "{\"query\":\"query A { campaigns { code } }\",\"operationName\":\"A\",\"operationName\":\"A\"}",
            "{\"query\":\"{ campaigns { code } }\",\"variables\":{},\"variables\":{}}",
            "{\"query\":\"{ campaigns { code } }\",\"extensions\":{\"a\":1,\"a\":1}}",
            "{\"query\":\"query($f: WorkFilter) { works(first: 1, filter: $f) { totalCount } }\",\"variables\":"
                + "{\"f\":{\"kinds\":[\"INAUGURATION\"],\"kinds\":[\"GROUNDBREAKING\"]}}}",
            "{\"query\":\"mutation($i: RegisterWorkInput!) { registerWork(input: $i) { work { id } } }\",\"variables\":"
                + "{\"i\":{\"campaignCode\":\"CT32-2022\",\"unitCode\":\"18076\",\"name\":\"A\",\"name\":\"B\","
                + "\"kind\":\"INAUGURATION\",\"plannedOn\":\"2022-05-01\"}}}"};
        List<Probe> probes = new ArrayList<>();
        for (int i = 0; i < bodies.length; i++) {
            probes.add(Probe.Http.json("duplicated key #" + i, bodies[i], adminToken));
        }
        return new Batch("duplicated keys", probes);
    }

    private Batch notHttp(int count) {
        List<Probe> probes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            byte[] bytes = new byte[16 + random.nextInt(512)];
            random.nextBytes(bytes);
            probes.add(new Probe.Raw("random bytes instead of HTTP #" + i, bytes));
        }
        probes.add(new Probe.Raw("a request line with a control character",
                "GET /graphql\u0001 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1)));
        probes.add(new Probe.Raw("a Content-Length that is not a number",
                httpHead("POST", "/graphql", "Content-Type: application/json\r\nContent-Length: abc\r\n", new byte[0])));
        probes.add(new Probe.Raw("a chunk size that is not hexadecimal",
                httpHead("POST", "/graphql", "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n",
                        "zz\r\n{}\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII))));
        return new Batch("bytes that are not HTTP", probes);
    }

    private static byte[] httpHead(String method, String path, String headers, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n" + headers + "\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(body);
        return out.toByteArray();
    }

    private static byte[] chunked(byte[] body) {
        ByteArrayOutputStream chunks = new ByteArrayOutputStream();
        for (int offset = 0; offset < body.length; offset += 8192) {
            int length = Math.min(8192, body.length - offset);
            chunks.writeBytes((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            chunks.write(body, offset, length);
            chunks.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        chunks.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return httpHead("POST", "/graphql", "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n",
                chunks.toByteArray());
    }

    private static String request(String document, Map<String, ?> variables) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", document);
        body.put("variables", variables);
        return JSON.writeValueAsString(body);
    }

    private static List<Object> values(Object... values) {
        return java.util.Arrays.asList(values);
    }

    private static Map<String, Object> with(Map<String, Object> input, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(input);
        copy.put(field, value);
        return copy;
    }

    private static Map<String, Object> without(Map<String, Object> input, String field) {
        Map<String, Object> copy = new LinkedHashMap<>(input);
        copy.remove(field);
        return copy;
    }

    private String randomName(int length) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < length; i++) {
            name.append((char) ('a' + random.nextInt(26)));
        }
        return name.toString();
    }

    private static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    private static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }

    private static String hex(byte[] bytes) {
        StringBuilder hex = new StringBuilder();
        for (byte b : bytes) {
            hex.append(String.format("%02X", b & 0xFF));
        }
        return hex.toString();
    }
}
