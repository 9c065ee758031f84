package io.handspec.samples.kayako;

import io.handspec.runtime.ApiException;
import io.handspec.runtime.ApiResponse;
import io.handspec.samples.kayako.client.KayakoClient;
import io.handspec.samples.kayako.client.api.TestsApi;
import io.handspec.samples.kayako.client.model.BulkEnvelope;
import io.handspec.samples.kayako.client.model.Envelope;
import io.handspec.samples.kayako.client.model.Notification;
import io.handspec.samples.kayako.client.model.Test;
import io.handspec.samples.kayako.client.model.TestBulkInput;
import io.handspec.samples.kayako.client.model.TestInput;
import io.handspec.samples.kayako.client.model.TestOption;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The Kayako job on the public Test resource: page through generated tests, create one with a form
 * body, bulk update and bulk delete by ids, a conditional GET answered 304, a stale If-Match
 * answered 412, and the envelope's notifications.
 */
public final class KayakoFlow {
    /**
     * What the flow saw.
     *
     * @param listed         every test of the listing
     * @param created        the new test
     * @param updated        the bulk update's envelope
     * @param deleted        the bulk delete's envelope
     * @param fetched        the first GET of test 1
     * @param notModified    the conditional GET
     * @param notifications  the notifications of the first GET
     * @param conflict       the typed 412
     */
    public record Result(
            List<Test> listed,
            Test created,
            BulkEnvelope updated,
            BulkEnvelope deleted,
            ApiResponse<Test> fetched,
            ApiResponse<Test> notModified,
            List<Notification> notifications,
            ApiException.PreconditionFailed conflict) {}

    private KayakoFlow() {}

    public static Result run(KayakoClient kayako, PrintStream out) {
        TestsApi tests = kayako.tests();
        List<Test> listed = tests
                .listTests(
                        TestsApi.ListTestsParams.builder().count(25).limit(10).build())
                .stream()
                .toList();
        out.printf("Listed %d generated tests, 10 per page%n", listed.size());

        Test created = tests.createTest(TestInput.builder()
                .name("Caryn Pryor")
                .arrayItems(List.of(1, 2, 3))
                .isBoolean(true)
                .option(TestOption.BAR)
                .binaryData("Caryn Pryor".getBytes(StandardCharsets.UTF_8))
                .build());
        out.printf(
                "Created test %d \"%s\", option %s, binary data \"%s\"%n",
                created.id(),
                created.name(),
                created.option(),
                new String(created.binaryData(), StandardCharsets.UTF_8));

        BulkEnvelope updated = tests.updateTests(
                List.of(1L, 2L, 3L),
                TestBulkInput.builder().option(TestOption.ANY).build());
        out.printf("Bulk update by ids 1,2,3: %d changed%n", updated.totalCount());
        BulkEnvelope deleted = tests.deleteTests(List.of(997L, 998L, 999L));
        out.printf("Bulk delete by ids 997,998,999: %d deleted%n", deleted.totalCount());

        ApiResponse<Test> fetched = tests.withRawResponse().getTest(1L);
        String etag = fetched.etag().orElseThrow();
        List<Notification> notifications = fetched.documentAs(Envelope.class).notifications();
        out.printf("Test 1 \"%s\", ETag %s%n", fetched.body().name(), etag);
        notifications.forEach(n -> out.printf("  notification %s: %s%n", n.type(), n.message()));
        ApiResponse<Test> again = tests.withRawResponse()
                .getTest(1L, TestsApi.GetTestParams.builder().ifNoneMatch(etag).build());
        out.printf(
                "Asked again with If-None-Match: %d %s%n",
                again.status(), again.notModified() ? "Not Modified, nothing re-sent" : "");

        ApiException.PreconditionFailed conflict = null;
        try {
            tests.updateTest(
                    1L,
                    TestInput.builder().isBoolean(false).build(),
                    TestsApi.UpdateTestParams.builder().ifMatch("\"stale\"").build());
        } catch (ApiException.PreconditionFailed e) {
            conflict = e;
            Envelope envelope = e.error(Envelope.class).orElseThrow();
            out.printf(
                    "Update with a stale If-Match: 412 %s%n",
                    envelope.errors().get(0).code());
        }
        return new Result(listed, created, updated, deleted, fetched, again, notifications, conflict);
    }
}
