package studio.oracle;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.PathNotFoundException;
import net.minidev.json.JSONValue;
import org.apache.commons.lang.StringEscapeUtils;

/** $input, $util and $context as AWS documents them (developer guide, "mapping template reference"). */
final class Aws {
    private Aws() {}

    static Map<String, Object> stringMap(Object value) {
        Map<String, Object> map = new LinkedHashMap<>();
        if (value instanceof Map) {
            for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) map.put(String.valueOf(e.getKey()), e.getValue() == null ? null : String.valueOf(e.getValue()));
        }
        return map;
    }

    /** JSON from the request file as plain Java containers (LinkedHashMap, ArrayList). */
    @SuppressWarnings("unchecked")
    static Object plain(Object value) {
        if (value instanceof Map) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) map.put(String.valueOf(e.getKey()), plain(e.getValue()));
            return map;
        }
        if (value instanceof List) {
            java.util.ArrayList<Object> list = new java.util.ArrayList<>();
            for (Object x : (List<Object>) value) list.add(plain(x));
            return list;
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> context(Map<String, Object> request) {
        Object given = plain(request.get("context"));
        Map<String, Object> context = given instanceof Map ? (Map<String, Object>) given : new LinkedHashMap<>();
        Map<String, Object> requestOverride = new LinkedHashMap<>();
        requestOverride.put("header", new LinkedHashMap<String, Object>());
        requestOverride.put("path", new LinkedHashMap<String, Object>());
        requestOverride.put("querystring", new LinkedHashMap<String, Object>());
        Map<String, Object> responseOverride = new LinkedHashMap<>();
        responseOverride.put("header", new LinkedHashMap<String, Object>());
        context.put("requestOverride", requestOverride);
        context.put("responseOverride", responseOverride);
        return context;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> overrides(Map<String, Object> context) {
        Map<String, Object> result = new LinkedHashMap<>();
        Object req = context.get("requestOverride");
        Object res = context.get("responseOverride");
        result.put("request", req instanceof Map ? stringifyOverrides((Map<String, Object>) req) : null);
        result.put("response", res instanceof Map ? stringifyOverrides((Map<String, Object>) res) : null);
        return result;
    }

    private static Map<String, Object> stringifyOverrides(Map<String, Object> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : map.entrySet()) {
            Object v = e.getValue();
            out.put(e.getKey(), v instanceof Map ? stringMap(v) : v == null ? null : String.valueOf(v));
        }
        return out;
    }

    public static final class Input {
        private final String body;
        private final Map<String, Object> path;
        private final Map<String, Object> query;
        private final Map<String, Object> headers;

        Input(Map<String, Object> request) {
            Object b = request.get("body");
            // With no body, API Gateway's $input.body is "{}" (runtime facts M17).
            this.body = b instanceof String && !((String) b).isEmpty() ? (String) b : "{}";
            this.path = stringMap(request.get("path"));
            this.query = stringMap(request.get("query"));
            this.headers = stringMap(request.get("headers"));
        }

        public String getBody() { return body; }

        private Object read(String jsonPath) {
            Object document = Configuration.defaultConfiguration().jsonProvider().parse(body);
            return JsonPath.read(document, jsonPath);
        }

        public Object path(String jsonPath) {
            if (jsonPath == null) return null;
            try {
                return read(jsonPath);
            } catch (PathNotFoundException e) {
                return null;
            }
        }

        public String json(String jsonPath) {
            if (jsonPath == null) return null;
            try {
                return JSONValue.toJSONString(read(jsonPath));
            } catch (PathNotFoundException e) {
                return "\"\"";
            }
        }

        public Map<String, Object> params() {
            Map<String, Object> all = new LinkedHashMap<>();
            all.put("path", new LinkedHashMap<>(path));
            all.put("querystring", new LinkedHashMap<>(query));
            all.put("header", new LinkedHashMap<>(headers));
            return all;
        }

        public Object params(String name) {
            if (name == null) return null;
            if (path.containsKey(name)) return path.get(name);
            if (query.containsKey(name)) return query.get(name);
            if (headers.containsKey(name)) return headers.get(name);
            for (Map.Entry<String, Object> e : headers.entrySet()) if (e.getKey().equalsIgnoreCase(name)) return e.getValue();
            return null;
        }
    }

    public static final class Util {
        public String escapeJavaScript(String s) { return s == null ? null : StringEscapeUtils.escapeJavaScript(s); }

        public Object parseJson(String s) { return s == null ? null : Configuration.defaultConfiguration().jsonProvider().parse(s); }

        public String urlEncode(String s) { return s == null ? null : URLEncoder.encode(s, StandardCharsets.UTF_8); }

        public String urlDecode(String s) { return s == null ? null : URLDecoder.decode(s, StandardCharsets.UTF_8); }

        public String base64Encode(String s) { return s == null ? null : Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8)); }

        public String base64Decode(String s) { return s == null ? null : new String(Base64.getDecoder().decode(s), StandardCharsets.UTF_8); }
    }
}
