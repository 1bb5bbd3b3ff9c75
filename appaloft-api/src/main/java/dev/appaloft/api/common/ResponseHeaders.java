package dev.appaloft.api.common;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Map;

/**
 * An output that hands the HTTP layer headers to answer with, for values the spec's body has no
 * place for (a one-time invitation token). Never serialized into the body.
 */
public interface ResponseHeaders {

    @JsonIgnore
    Map<String, String> responseHeaders();
}
