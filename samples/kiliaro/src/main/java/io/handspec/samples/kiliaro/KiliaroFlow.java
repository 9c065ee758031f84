package io.handspec.samples.kiliaro;

import io.handspec.runtime.ApiException;
import io.handspec.samples.kiliaro.client.KiliaroClient;
import io.handspec.samples.kiliaro.client.model.DirectoryChanges;
import io.handspec.samples.kiliaro.client.model.ErrorBody;
import io.handspec.samples.kiliaro.client.model.Media;
import io.handspec.samples.kiliaro.client.model.User;
import io.handspec.samples.kiliaro.client.model.UserChanges;
import java.io.PrintStream;
import java.util.List;

/** The Kiliaro job: find a user by e-mail, change the e-mail, list their media, show a 400's field errors. */
public final class KiliaroFlow {
    /**
     * What the flow saw.
     *
     * @param found      the user found by e-mail
     * @param changed    the user after the change
     * @param media      the user's media
     * @param badRequest the typed 400
     */
    public record Result(User found, User changed, List<Media> media, ApiException.BadRequest badRequest) {}

    private KiliaroFlow() {}

    public static Result run(KiliaroClient kiliaro, String email, String directoryId, PrintStream out) {
        User found = kiliaro.users().findUsersByEmail(email).get(0);
        out.printf(
                "Found %s <%s> (%s account, since %s)%n",
                found.name(), found.email(), found.accountType(), found.createdAt());

        User changed = kiliaro.users()
                .updateUser(
                        found.id(),
                        UserChanges.builder().email("batman@gotham.org").build());
        out.printf("E-mail changed to %s by POSTing only that field%n", changed.email());

        List<Media> media = kiliaro.media().listUserMedia(found.id());
        out.printf("%d media:%n", media.size());
        for (Media m : media) {
            String taken = m.takenAt() == null
                    ? "unknown"
                    : m.takenAt().offsetKnown()
                            ? m.takenAt().toString()
                            : m.takenAt().localDateTime() + " (local time, offset unknown)";
            out.printf("  %-12s %5d x %-5d taken %s%n", m.filename(), m.resx(), m.resy(), taken);
        }

        ApiException.BadRequest badRequest = null;
        try {
            kiliaro.directories()
                    .updateDirectory(
                            directoryId, DirectoryChanges.builder().name("").build());
        } catch (ApiException.BadRequest e) {
            badRequest = e;
            ErrorBody error = e.error(ErrorBody.class).orElseThrow();
            out.printf("Renaming the directory failed: %s%n", error.error());
            error.fieldErrors().forEach((field, problem) -> out.printf("  %s: %s%n", field, problem));
        }
        return new Result(found, changed, media, badRequest);
    }
}
