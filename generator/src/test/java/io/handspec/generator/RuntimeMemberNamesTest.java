package io.handspec.generator;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Spec names equal to what generated code now calls on the runtime ({@code valueAt}, {@code variant},
 * {@code send}, {@code body}, {@code sendAsync}, {@code bodyAsync}, {@code operation}) or to the
 * constants and fields those calls name: the code must still compile with {@code -Xlint:all -Werror}.
 */
class RuntimeMemberNamesTest {
    @ParameterizedTest(name = "operation {0} with a parameter {1}")
    @CsvSource({
        "send, body",
        "body, send",
        "sendAsync, bodyAsync",
        "bodyAsync, sendAsync",
        "operation, operation",
        "getA, GET_A_SPEC",
        "getA, client",
        "getA, ApiRequest",
        "getA, ResponseSpec"
    })
    void operationsAndParametersNamedAfterWhatOperationsCall(String operation, String parameter) throws Exception {
        NameClashTest.assertCompiles(
                """
                openapi: 3.0.3
                info: {title: Clash, version: "1"}
                paths:
                  /a/{%2$s}:
                    post:
                      operationId: %1$s
                      tags: [%1$s]
                      parameters:
                        - {name: %2$s, in: path, required: true, schema: {type: string, minLength: 1}}
                        - {name: %2$s, in: query, schema: {type: integer, maximum: 5}}
                        - {name: %2$s, in: header, schema: {type: string}}
                      requestBody:
                        content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}}}
                      responses:
                        "200": {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}}}}
                components:
                  schemas:
                    Thing: {type: object, properties: {%2$s: {type: string}}}
                """
                        .formatted(operation, parameter));
    }

    @ParameterizedTest(name = "a property {0}")
    @CsvSource({"valueAt", "variant", "get", "send", "body", "values", "present", "type"})
    void propertiesAndVariantsNamedAfterModelAndUnionMembers(String property) throws Exception {
        NameClashTest.assertCompiles(
                """
                openapi: 3.0.3
                info: {title: Clash, version: "1"}
                paths:
                  /a:
                    get:
                      operationId: getA
                      tags: [a]
                      responses:
                        "200": {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Holder'}}}}
                components:
                  schemas:
                    Holder:
                      type: object
                      required: [%1$s]
                      properties:
                        %1$s: {type: string}
                        deep: {type: array, items: {type: object, additionalProperties: {type: string, format: byte}}}
                        either: {$ref: '#/components/schemas/Either'}
                    Either:
                      oneOf:
                        - {$ref: '#/components/schemas/Holder'}
                        - {$ref: '#/components/schemas/Variant'}
                        - {type: string}
                      discriminator:
                        propertyName: %1$s
                        mapping:
                          "a\\"b": '#/components/schemas/Holder'
                          "$x": '#/components/schemas/Variant'
                    Variant:
                      type: object
                      required: [%1$s]
                      properties:
                        %1$s: {type: string}
                        extra: {type: integer}
                """
                        .formatted(property));
    }
}
