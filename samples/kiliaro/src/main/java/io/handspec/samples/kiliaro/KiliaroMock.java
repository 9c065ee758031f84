package io.handspec.samples.kiliaro;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import io.handspec.samples.support.MockApi;

/** A stand-in Kiliaro: a user found by e-mail, changed by POST, their media, a directory that refuses a change. */
public final class KiliaroMock {
    static final String USER_ID = "57ab2faf0239407cc558338b00000001";
    static final String DIRECTORY_ID = "54b3dff608002711dff7117700000003";

    private KiliaroMock() {}

    public static MockApi start() {
        MockApi mock = MockApi.start("");
        mock.stub(get(urlPathEqualTo("/users;email=andreas@kiliaro.com"))
                .willReturn(okJson("[" + user("andreas@kiliaro.com") + "]")));
        mock.stub(post(urlPathEqualTo("/users/" + USER_ID)).willReturn(okJson(user("batman@gotham.org"))));
        mock.stub(get(urlPathEqualTo("/users/" + USER_ID + "/media"))
                .willReturn(okJson("["
                        + media(
                                "60cc705d0025904750ee22d300020eb4",
                                "beach.jpg",
                                "2021-06-18T10:07:25Z",
                                "\"2021-06-12T16:41:03-00:00\"")
                        + ","
                        + media(
                                "60cc705d0025904750ee22d300020eb5",
                                "harbour.jpg",
                                "2021-06-18T10:07:31Z",
                                "\"2021-06-13T09:15:00+02:00\"")
                        + "," + media("60cc705d0025904750ee22d300020eb6", "scan.png", "2021-06-18T10:08:02Z", "null")
                        + "]")));
        mock.stub(
                post(urlPathEqualTo("/my/directories/" + DIRECTORY_ID))
                        .withRequestBody(equalToJson("{\"name\":\"\"}"))
                        .willReturn(
                                aResponse()
                                        .withStatus(400)
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(
                                                "{\"http_code\":400,\"field_errors\":{\"name\":\"must not be empty\"},\"error\":\"Invalid values for JSON fields\"}")));
        return mock;
    }

    private static String user(String email) {
        return "{\"account_type\":\"premium\",\"quota_id\":\"" + USER_ID
                + "\",\"created_at\":\"2015-04-13T21:05:51Z\",\"email\":\"" + email
                + "\",\"name\":\"Bruce Wayne\",\"id\":\"" + USER_ID + "\"}";
    }

    private static String media(String id, String file, String created, String takenAt) {
        return "{\"id\":\"" + id + "\",\"user_id\":\"" + USER_ID + "\",\"media_type\":\"image\",\"filename\":\"" + file
                + "\",\"size\":2048311,\"created_at\":\"" + created + "\",\"taken_at\":" + takenAt
                + ",\"content_type\":\"image/jpeg\","
                + "\"resx\":4032,\"resy\":3024,\"video\":null}";
    }
}
