package io.handspec.bench;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The same two Kalo calls written by hand with the JDK's {@link HttpClient} and Jackson, as a
 * developer without a generator would: records for the documents, the key header, the JSON:API
 * envelope, status checks, and the offset paging loop.
 */
final class HandWrittenKalo {
    private final HttpClient http = client();
    private final ObjectMapper json = mapper();
    /** The generated client's default request timeout, which a careful hand-written client sets too. */
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final URI base;
    private final String key;

    /** The client the hand-written code sends with. */
    static HttpClient client() {
        return HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The mapper the hand-written code reads and writes with. */
    static ObjectMapper mapper() {
        return new ObjectMapper().registerModule(new JavaTimeModule());
    }

    HandWrittenKalo(URI base, String key) {
        this.base = base;
        this.key = key;
    }

    /** What a task is made of. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    record TaskAttributes(
            String summary,
            String description,
            Double rate,
            @JsonProperty("rate_type") String rateType,
            String status) {}

    /** A reference to another resource. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Identifier(String type, String id) {}

    /** A to-one relationship. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ToOne(Identifier data) {}

    /** A reference to a user, whose ids are numbers. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record UserIdentifier(String type, long id) {}

    /** The managers relationship. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ToMany(List<UserIdentifier> data) {}

    /** A task's relationships. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    record TaskRelationships(ToOne project, ToMany managers) {}

    /** A new task. */
    record TaskCreate(String type, TaskAttributes attributes, TaskRelationships relationships) {}

    /** A task. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Task(String type, UUID id, TaskAttributes attributes, TaskRelationships relationships) {}

    /** The document a new task is sent in. */
    record TaskCreateDocument(TaskCreate data) {}

    /** The document a task comes in. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record TaskDocument(Task data) {}

    /** A project's attributes. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ProjectAttributes(
            String title,
            String description,
            @JsonProperty("start_date") LocalDate startDate,
            @JsonProperty("end_date") LocalDate endDate) {}

    /** A reference to a workgroup, whose ids are numbers. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record WorkgroupIdentifier(String type, Integer id) {}

    /** The workgroup relationship. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ToWorkgroup(WorkgroupIdentifier data) {}

    /** A project's relationships. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ProjectRelationships(ToWorkgroup workgroup) {}

    /** A project. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Project(String type, UUID id, ProjectAttributes attributes, ProjectRelationships relationships) {}

    /** A page's place in the listing. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Meta(Integer total, Integer offset) {}

    /** A page of projects. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ProjectList(List<Project> data, Meta meta) {}

    Task createTask(TaskCreate task) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/tasks/"))
                .timeout(TIMEOUT)
                .header("X-Kalo-Api-Key", key)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(new TaskCreateDocument(task))))
                .build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 201) {
            throw new IOException("createTask: HTTP " + response.statusCode());
        }
        return json.readValue(response.body(), TaskDocument.class).data();
    }

    List<Project> listProjects() throws IOException, InterruptedException {
        List<Project> all = new ArrayList<>();
        int offset = 0;
        while (true) {
            // the first page at the server's default size (30), then the offset of the next one
            HttpRequest request = HttpRequest.newBuilder(
                            base.resolve(offset == 0 ? "/projects/" : "/projects/?page%5Boffset%5D=" + offset))
                    .timeout(TIMEOUT)
                    .header("X-Kalo-Api-Key", key)
                    .header("Accept", "application/json")
                    .GET()
                    .build();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IOException("listProjects: HTTP " + response.statusCode());
            }
            ProjectList page = json.readValue(response.body(), ProjectList.class);
            all.addAll(page.data());
            offset += page.data().size();
            if (page.data().isEmpty()
                    || page.meta() == null
                    || offset >= page.meta().total()) {
                return all;
            }
        }
    }
}
