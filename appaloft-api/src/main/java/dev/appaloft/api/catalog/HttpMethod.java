package dev.appaloft.api.catalog;

public enum HttpMethod {
    GET,
    POST,
    PUT,
    PATCH,
    DELETE
}
