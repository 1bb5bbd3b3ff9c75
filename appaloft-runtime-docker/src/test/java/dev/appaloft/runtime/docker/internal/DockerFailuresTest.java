package dev.appaloft.runtime.docker.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.exception.BadRequestException;
import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.exception.DockerClientException;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.InternalServerErrorException;
import com.github.dockerjava.api.exception.NotFoundException;
import dev.appaloft.runtime.docker.DockerErrorCode;
import dev.appaloft.runtime.docker.DockerRuntimeException;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine's wording (as Docker 20.10 sends it) mapped onto stable codes. */
class DockerFailuresTest {
  private static DockerErrorCode code(RuntimeException e, DockerErrorCode fallback) {
    return DockerFailures.translate(e, fallback, "act").errorCode();
  }

  @Test
  void portConflictsAreRecognisedInBothWordings() {
    var allocated = new InternalServerErrorException("{\"message\":\"driver failed programming external "
        + "connectivity on endpoint web: Bind for 127.0.0.1:8080 failed: port is already allocated\"}");
    var bound = new InternalServerErrorException("{\"message\":\"listen tcp4 127.0.0.1:8080: bind: "
        + "address already in use\"}");
    assertThat(code(allocated, DockerErrorCode.CONTAINER_START_FAILED)).isEqualTo(DockerErrorCode.PORT_IN_USE);
    assertThat(code(bound, DockerErrorCode.CONTAINER_START_FAILED)).isEqualTo(DockerErrorCode.PORT_IN_USE);
  }

  @Test
  void notFoundSaysWhatIsMissing() {
    assertThat(code(new NotFoundException("{\"message\":\"No such image: nope:1\"}"), DockerErrorCode.CONTAINER_START_FAILED))
        .isEqualTo(DockerErrorCode.IMAGE_NOT_FOUND);
    assertThat(code(new NotFoundException("{\"message\":\"No such container: web\"}"), DockerErrorCode.OPERATION_FAILED))
        .isEqualTo(DockerErrorCode.CONTAINER_NOT_FOUND);
    assertThat(code(new NotFoundException("{\"message\":\"network edge not found\"}"), DockerErrorCode.CONTAINER_START_FAILED))
        .isEqualTo(DockerErrorCode.NETWORK_NOT_FOUND);
    // what an engine in swarm mode answers (a 500 carrying the cluster's NotFound): seen while a swarm test ran
    assertThat(code(new DockerException("{\"message\":\"Could not attach to network edge: rpc error: code = NotFound"
        + " desc = network edge not found\"}", 500), DockerErrorCode.CONTAINER_START_FAILED))
        .isEqualTo(DockerErrorCode.NETWORK_NOT_FOUND);
  }

  @Test
  void conflictsSaySomethingIsInUse() {
    assertThat(code(new ConflictException("{\"message\":\"Conflict. The container name \\\"/web\\\" is already in "
        + "use by container \\\"abc\\\". You have to remove (or rename) that container to be able to reuse that name.\"}"),
        DockerErrorCode.CONTAINER_START_FAILED)).isEqualTo(DockerErrorCode.CONTAINER_NAME_CONFLICT);
    assertThat(code(new ConflictException("{\"message\":\"Container abc is not running\"}"), DockerErrorCode.EXEC_FAILED))
        .isEqualTo(DockerErrorCode.CONTAINER_NOT_RUNNING);
    assertThat(code(new ConflictException("{\"message\":\"conflict: unable to remove repository reference \\\"x\\\" "
        + "(must force) - container abc is using its referenced image def\"}"), DockerErrorCode.OPERATION_FAILED))
        .isEqualTo(DockerErrorCode.OPERATION_FAILED);
    assertThat(code(new ConflictException("{\"message\":\"conflict: unable to delete def (cannot be forced) - "
        + "image is being used by running container abc\"}"), DockerErrorCode.OPERATION_FAILED))
        .isEqualTo(DockerErrorCode.IMAGE_IN_USE);
    assertThat(code(new DockerException("{\"message\":\"error while removing network: network edge id 1 has active endpoints\"}", 403),
        DockerErrorCode.OPERATION_FAILED)).isEqualTo(DockerErrorCode.NETWORK_IN_USE);
  }

  @Test
  void ioFailuresMeanTheEngineIsUnreachable() {
    DockerRuntimeException e = DockerFailures.translate(
        new RuntimeException(new IOException("No such file or directory")), DockerErrorCode.OPERATION_FAILED, "ping");
    assertThat(e.errorCode()).isEqualTo(DockerErrorCode.ENGINE_UNREACHABLE);
    assertThat(e.retryable()).isTrue();
  }

  @Test
  void clientSideFailuresKeepTheFallback() {
    assertThat(code(new DockerClientException("Dockerfile is empty", new IOException("x")), DockerErrorCode.IMAGE_BUILD_FAILED))
        .isEqualTo(DockerErrorCode.IMAGE_BUILD_FAILED);
    assertThat(code(new BadRequestException("{\"message\":\"invalid reference format\"}"), DockerErrorCode.OPERATION_FAILED))
        .isEqualTo(DockerErrorCode.OPERATION_FAILED);
  }

  @Test
  void messagesUseTheEngineSentence() {
    DockerRuntimeException e = DockerFailures.translate(
        new NotFoundException("{\"message\":\"No such container: web\"}\n"), DockerErrorCode.OPERATION_FAILED, "stop container web");
    assertThat(e.getMessage()).isEqualTo("stop container web failed: No such container: web");
    assertThat(e.code()).isEqualTo("container_not_found");
  }

  @Test
  void secretsAreScrubbedFromMessageAndCause() {
    DockerRuntimeException e = DockerFailures.translate(
        new BadRequestException("{\"message\":\"invalid env s3cr3t-value\"}"),
        DockerErrorCode.CONTAINER_START_FAILED, "create container web", Redactor.of(List.of("s3cr3t-value")));
    assertThat(e.getMessage()).doesNotContain("s3cr3t-value").contains("***");
    assertThat(e.getCause()).isNull();
  }

  @Test
  void aDockerRuntimeExceptionPassesThrough() {
    DockerRuntimeException original = new DockerRuntimeException(DockerErrorCode.PORT_IN_USE, "x", null);
    assertThat(DockerFailures.translate(original, DockerErrorCode.OPERATION_FAILED, "act")).isSameAs(original);
  }
}
