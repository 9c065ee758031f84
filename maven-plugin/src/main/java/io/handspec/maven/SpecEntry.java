package io.handspec.maven;

/**
 * One spec of a {@code <specs>} list.
 *
 * <pre>{@code
 * <specs>
 *   <spec>
 *     <location>src/main/openapi/kalo.yaml</location>
 *     <basePackage>com.example.kalo</basePackage>
 *   </spec>
 *   <spec>
 *     <location>classpath:apis/toggl.yaml</location>
 *     <basePackage>com.example.toggl</basePackage>
 *     <clientName>TogglClient</clientName>
 *   </spec>
 * </specs>
 * }</pre>
 */
public class SpecEntry {
    /** A spec file, a folder of specs, or {@code classpath:path} (from a plugin dependency). */
    private String location;
    /** The client's package; models go to {@code .model}, APIs to {@code .api}. */
    private String basePackage;
    /** The facade's class name; derived from the spec's title when absent. */
    private String clientName;

    public SpecEntry() {}

    SpecEntry(String location, String basePackage, String clientName) {
        this.location = location;
        this.basePackage = basePackage;
        this.clientName = clientName;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getBasePackage() {
        return basePackage;
    }

    public void setBasePackage(String basePackage) {
        this.basePackage = basePackage;
    }

    public String getClientName() {
        return clientName;
    }

    public void setClientName(String clientName) {
        this.clientName = clientName;
    }
}
