package io.handspec.samples.kickfolio;

import io.handspec.runtime.ApiException;
import io.handspec.samples.kickfolio.client.KickfolioClient;
import io.handspec.samples.kickfolio.client.model.App;
import io.handspec.samples.kickfolio.client.model.AppInput;
import io.handspec.samples.kickfolio.client.model.AppVersionInput;
import io.handspec.samples.kickfolio.client.model.ErrorBody;
import io.handspec.samples.kickfolio.client.model.Version;
import io.handspec.samples.kickfolio.client.model.VersionInput;
import java.io.PrintStream;
import java.net.URI;
import java.util.List;

/** The Kickfolio job: an app, a version by bundle URL, the app's versions, a rename, a delete, a 422. */
public final class KickfolioFlow {
    /**
     * What the flow saw.
     *
     * @param app       the new app
     * @param version   the new version
     * @param versions  the app's versions
     * @param renamed   the app after the rename
     * @param invalid   the typed 422
     */
    public record Result(
            App app, Version version, List<Version> versions, App renamed, ApiException.UnprocessableEntity invalid) {}

    private KickfolioFlow() {}

    public static Result run(KickfolioClient kickfolio, PrintStream out) {
        App app = kickfolio
                .apps()
                .createApp(AppInput.builder().name("Kickfolio Demo").build());
        out.printf("Created app %s \"%s\" (public key %s)%n", app.id(), app.name(), app.publicKey());

        Version version = kickfolio
                .versions()
                .createAppVersion(
                        app.id().toString(),
                        AppVersionInput.builder()
                                .bundleUrl(URI.create("https://www.filepicker.io/api/file/3JAgsZ0QSBl7vAhV79Pw"))
                                .build());
        out.printf("Uploaded version %s from its bundle URL; state %s%n", version.id(), version.state());

        List<Version> versions = kickfolio.versions().listAppVersions(app.id().toString());
        out.printf("The app has %d versions:%n", versions.size());
        versions.forEach(v -> out.printf("  %s  %s  %s%n", v.id(), v.versionString(), v.state()));

        App renamed = kickfolio
                .apps()
                .updateApp(
                        app.id().toString(),
                        AppInput.builder().name("Kickfolio Demo (renamed)").build());
        out.printf("Renamed to \"%s\"%n", renamed.name());

        kickfolio.versions().deleteVersion(version.id());
        out.printf("Deleted version %s (204 No Content)%n", version.id());

        ApiException.UnprocessableEntity invalid = null;
        try {
            kickfolio
                    .versions()
                    .createVersion(VersionInput.builder()
                            .appId(app.id().toString())
                            .bundleUrl(URI.create("https://example.org/notes.txt"))
                            .build());
        } catch (ApiException.UnprocessableEntity e) {
            invalid = e;
            ErrorBody error = e.error(ErrorBody.class).orElseThrow();
            out.printf("A version whose bundle is no ZIP: %s (%s)%n", error.message(), error.code());
            error.errors().forEach(f -> out.printf("  %s.%s %s%n", f.resource(), f.field(), f.message()));
        }
        return new Result(app, version, versions, renamed, invalid);
    }
}
