package studio.oracle;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import net.minidev.json.JSONValue;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.runtime.RuntimeConstants;

/**
 * The differential test's oracle: Apache Velocity 1.7 with API Gateway's objects. Reads one JSON case a line from
 * stdin ({"id", "template", "request"}), writes one JSON result a line ({"id", "ok", "output" | "error",
 * "overrides"}). One JVM renders the whole batch.
 */
public final class Oracle {
    public static void main(String[] args) throws Exception {
        VelocityEngine engine = new VelocityEngine();
        engine.setProperty(RuntimeConstants.RUNTIME_LOG_LOGSYSTEM_CLASS, "org.apache.velocity.runtime.log.NullLogChute");
        // AWS's observed deviation: a null or undefined reference prints as empty text.
        engine.setProperty(RuntimeConstants.EVENTHANDLER_REFERENCEINSERTION, NullAsEmpty.class.getName());
        // AWS's documented limit: a #foreach iterates at most 1000 times.
        engine.setProperty("directive.foreach.maxloops", "1000");
        // Every case is its own template: its inline macros must not leak into the next case.
        engine.setProperty(RuntimeConstants.VM_PERM_INLINE_LOCAL, "true");
        engine.setProperty(RuntimeConstants.VM_PERM_ALLOW_INLINE_REPLACE_GLOBAL, "true");
        engine.init();

        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = in.readLine()) != null) {
            if (line.isBlank()) continue;
            // Keep the request's member order: header and parameter maps iterate in it.
            @SuppressWarnings("unchecked")
            Map<String, Object> testCase = (Map<String, Object>) JSONValue.parseKeepingOrder(line);
            out.println(JSONValue.toJSONString(render(engine, testCase, "case" + (n++))));
            out.flush();
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> render(VelocityEngine engine, Map<String, Object> testCase, String name) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("id", testCase.get("id"));
        Map<String, Object> request = testCase.get("request") instanceof Map ? (Map<String, Object>) testCase.get("request") : new LinkedHashMap<String, Object>();
        Map<String, Object> context = Aws.context(request);
        VelocityContext vc = new VelocityContext();
        vc.put("input", new Aws.Input(request));
        vc.put("util", new Aws.Util());
        vc.put("context", context);
        vc.put("stageVariables", Aws.stringMap(request.get("stageVariables")));
        StringWriter writer = new StringWriter();
        try {
            engine.evaluate(vc, writer, name, (String) testCase.get("template"));
            result.put("ok", true);
            result.put("output", writer.toString());
            result.put("overrides", Aws.overrides(context));
        } catch (Throwable e) {
            result.put("ok", false);
            result.put("error", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        return result;
    }
}
