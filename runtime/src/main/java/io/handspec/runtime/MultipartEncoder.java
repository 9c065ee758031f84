package io.handspec.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a {@link MultipartBody} as {@code multipart/form-data} (RFC 7578): a random boundary that
 * no in-memory part contains (a file or stream part is not read to check: 190 random bits make a
 * collision beyond chance), one {@code Content-Disposition} per part, file parts streamed. A
 * boundary the caller put in the {@code Content-Type} is used as given, if RFC 2046 allows it.
 */
final class MultipartEncoder {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final Pattern BOUNDARY =
            Pattern.compile(";\\s*boundary=(?:\"([^\"]+)\"|([^;\\s]+))", Pattern.CASE_INSENSITIVE);
    private static final Pattern BOUNDARY_PARAM = Pattern.compile(";\\s*boundary=", Pattern.CASE_INSENSITIVE);
    private static final Pattern VALID_BOUNDARY =
            Pattern.compile("[0-9A-Za-z'()+_,\\-./:=? ]{0,69}[0-9A-Za-z'()+_,\\-./:=?]");
    private static final byte[] CRLF = {'\r', '\n'};

    private MultipartEncoder() {}

    /** The body and the {@code Content-Type} that names its boundary. */
    record Encoded(String contentType, StreamedBody body) {}

    /**
     * @param body       the parts
     * @param mapper     writes JSON parts
     * @param mediaType  the spec's media type
     * @param callerType a {@code Content-Type} the caller set, or {@code null}
     * @param operation  for messages
     */
    static Encoded encode(
            MultipartBody body, ObjectMapper mapper, String mediaType, String callerType, String operation) {
        List<Piece> pieces = new ArrayList<>();
        for (MultipartBody.Part part : body.parts()) {
            pieces.add(piece(part, mapper));
        }
        String given = callerType == null ? null : boundaryOf(callerType);
        if (callerType != null
                && (given != null || BOUNDARY_PARAM.matcher(callerType).find())) {
            checkBoundary(given, operation);
        }
        String boundary = given != null ? given : random();
        while (appearsIn(boundary, pieces)) {
            if (given != null) {
                throw new IllegalArgumentException(operation + ": the multipart boundary '" + given
                        + "' given in the Content-Type appears inside a part; leave the boundary to the client");
            }
            boundary = random();
        }
        List<FilePart.Source> segments = new ArrayList<>();
        for (Piece p : pieces) {
            segments.add(bytes("--" + boundary + "\r\n" + p.head() + "\r\n"));
            segments.add(p.content());
            segments.add(new FilePart.Bytes(CRLF));
        }
        segments.add(bytes("--" + boundary + "--\r\n"));
        String contentType = callerType == null
                ? mediaType + "; boundary=" + boundary
                : given != null ? callerType : callerType + "; boundary=" + boundary;
        return new Encoded(contentType, new StreamedBody(segments, operation));
    }

    /** A part's header lines (each ending in CRLF) and its content. */
    private record Piece(String head, FilePart.Source content) {}

    private static Piece piece(MultipartBody.Part part, ObjectMapper mapper) {
        Map<String, String> headers = new LinkedHashMap<>(part.headers());
        String disposition = "form-data; name=\"" + quoted(part.name()) + "\"";
        String type = part.contentType();
        FilePart.Source content;
        if (part.value() instanceof FilePart file) {
            if (file.filename() != null) {
                disposition += "; filename=\"" + quoted(file.filename()) + "\"";
            }
            type = file.contentType() != null ? file.contentType() : type != null ? type : "application/octet-stream";
            headers.putAll(file.headers());
            content = file.source();
            if (content instanceof FilePart.File f && !java.nio.file.Files.isReadable(f.path())) {
                throw new IllegalArgumentException(
                        "part '" + part.name() + "': the file " + f.path() + " does not exist or cannot be read");
            }
        } else if (part.value() instanceof byte[] raw) {
            type = type != null ? type : "application/octet-stream";
            content = new FilePart.Bytes(raw);
        } else if (ParamValues.list(part.value()) == null && ParamValues.object(part.value()) == null) {
            content = bytes(ParamValues.text(part.value()));
        } else {
            type = type != null ? type : "application/json";
            try {
                content = new FilePart.Bytes(mapper.writeValueAsBytes(part.value()));
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("part '" + part.name() + "' cannot be written as JSON: " + e, e);
            }
        }
        StringBuilder head =
                new StringBuilder("Content-Disposition: ").append(disposition).append("\r\n");
        if (type != null) {
            head.append("Content-Type: ")
                    .append(HeaderValues.check("Content-Type", type))
                    .append("\r\n");
        }
        headers.forEach((name, value) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!lower.equals("content-type") && !lower.equals("content-disposition")) {
                head.append(name)
                        .append(": ")
                        .append(HeaderValues.check(name, value))
                        .append("\r\n");
            }
        });
        return new Piece(head.toString(), content);
    }

    /** A name or file name inside quotes, escaped as browsers do (RFC 7578 section 4.2 leaves it to them). */
    private static String quoted(String text) {
        return text.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
    }

    /**
     * RFC 2046 section 5.1.1: 1 to 70 of its boundary characters, not ending in a space. Refused
     * rather than completed, since a second {@code boundary} after a bad one is not what servers read.
     */
    private static void checkBoundary(String boundary, String operation) {
        if (boundary == null || !VALID_BOUNDARY.matcher(boundary).matches()) {
            throw new IllegalArgumentException(operation + ": the multipart boundary given in the Content-Type is not"
                    + " one RFC 2046 allows (1 to 70 of letters, digits and '()+_,-./:=? not ending in a space);"
                    + " leave the boundary to the client");
        }
    }

    private static String boundaryOf(String contentType) {
        Matcher m = BOUNDARY.matcher(contentType);
        return m.find() ? (m.group(1) != null ? m.group(1) : m.group(2)) : null;
    }

    private static String random() {
        StringBuilder s = new StringBuilder("handspec-");
        for (int i = 0; i < 32; i++) {
            s.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return s.toString();
    }

    private static boolean appearsIn(String boundary, List<Piece> pieces) {
        byte[] needle = boundary.getBytes(StandardCharsets.US_ASCII);
        for (Piece p : pieces) {
            if (indexOf(p.head().getBytes(StandardCharsets.UTF_8), needle) >= 0
                    || (p.content() instanceof FilePart.Bytes b && indexOf(b.content(), needle) >= 0)) {
                return true;
            }
        }
        return false;
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static FilePart.Bytes bytes(String text) {
        return new FilePart.Bytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
