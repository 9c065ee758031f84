package io.handspec.bench;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/**
 * swagger-parser alone: reads, parses and resolves one spec, as the generator's first stage asks it to,
 * and prints the number of paths. Run in a fresh JVM with default settings, it is the floor a
 * generator built on swagger-parser starts from.
 */
public final class ParseOnly {
    private ParseOnly() {}

    public static void main(String[] args) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIParser().readLocation(args[0], null, options);
        if (result.getOpenAPI() == null) {
            System.err.println("not parsed: " + result.getMessages());
            System.exit(1);
        }
        System.out.println(result.getOpenAPI().getPaths().size() + " paths, "
                + (result.getMessages() == null ? 0 : result.getMessages().size()) + " messages");
    }
}
