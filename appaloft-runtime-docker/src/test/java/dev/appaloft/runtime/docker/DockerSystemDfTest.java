package dev.appaloft.runtime.docker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class DockerSystemDfTest {

  @Test
  void totalsAsTheDockerCliComputesThem() throws Exception {
    DockerSystemDf df = DockerSystemDf.of(new ObjectMapper().readTree("""
        {"LayersSize":3000,
         "Images":[{"Containers":1,"Size":1200,"SharedSize":200,"VirtualSize":1200},
                   {"Containers":0,"Size":1800,"SharedSize":200,"VirtualSize":1800},
                   {"Containers":-1,"Size":5,"SharedSize":-1}],
         "Containers":[{"SizeRw":10,"State":"running"},{"SizeRw":-1}],
         "Volumes":[{"UsageData":{"Size":100,"RefCount":1}},{"UsageData":{"Size":-1,"RefCount":0}}],
         "BuildCache":[{"Size":50,"InUse":false,"Shared":false},{"Size":70,"InUse":true,"Shared":false},
                       {"Size":999,"Shared":true}]}"""));
    assertThat(df).isEqualTo(new DockerSystemDf(3000, 2000, 10, 100, 120, 50, 3, 2, 2));
  }
}
