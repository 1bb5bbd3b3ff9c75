package dev.appaloft.samples.bench;

import dev.appaloft.api.Appaloft;
import dev.appaloft.api.credentials.CreateSshCredentialInput;
import dev.appaloft.api.deployments.CreateDeploymentInput;
import dev.appaloft.api.deployments.DeploymentStatus;
import dev.appaloft.api.deployments.ExecutionMode;
import dev.appaloft.api.environments.CreateEnvironmentInput;
import dev.appaloft.api.environments.EnvironmentKind;
import dev.appaloft.api.projects.CreateProjectInput;
import dev.appaloft.api.resources.CreateResourceInput;
import dev.appaloft.api.resources.NetworkProfile;
import dev.appaloft.api.resources.SourceBinding;
import dev.appaloft.api.servers.ConfigureServerCredentialInput;
import dev.appaloft.api.servers.CreateServerInput;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.runtime.ssh.SshConnections;
import dev.appaloft.runtime.ssh.SshKey;
import dev.appaloft.runtime.ssh.SshRuntimes;
import dev.appaloft.runtime.ssh.SshTarget;
import dev.appaloft.store.jdbc.JdbcStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The SSH figures, against sshd "servers" on this machine started by {@code bench/ssh-bench.sh}
 * (their docker CLI drives this machine's engine): connection reuse (100 sequential commands on
 * one pooled connection against a fresh connection plus one command), deploy latency of a ready
 * image over SSH against {@code ssh server docker run} plus the first successful probe, and
 * fan-out (one image to every server at once against one server). Args: image, private key file,
 * user, then the sshd ports.
 */
public final class SshBench {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public static void main(String[] args) throws Exception {
        String image = args[0];
        String key = Files.readString(Path.of(args[1]));
        String user = args[2];
        List<Integer> ports = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            ports.add(Integer.parseInt(args[i]));
        }
        reuse(new SshTarget("127.0.0.1", ports.get(0), user, SshKey.of(key), null));
        Path work = Files.createTempDirectory("appaloft-ssh-bench");
        try (AppaloftEngine engine = AppaloftEngine.builder()
                .store(JdbcStore.sqlite(work.resolve("appaloft.db"), Clock.systemUTC()))
                .secretBox(AesGcmSecretBox.withKey("bench", AesGcmSecretBox.newKey()))
                .remoteRuntimes(SshRuntimes.withDefaults())
                .workers(ports.size() + 2, Duration.ofSeconds(60), Duration.ofMillis(50)) // one deployment per server at once
                .dailyHousekeeping(false)
                .build()) {
            Fleet fleet = Fleet.of(engine.system(), key, user, ports, image);
            deployLatency(fleet, args[1], user, ports.get(0), image);
            fanOut(fleet);
        }
    }

    private static void reuse(SshTarget target) {
        List<Double> ratios = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            try (SshConnections pool = new SshConnections(SshConnections.Settings.defaults())) {
                long start = System.nanoTime();
                pool.run("bench", target, "true", Duration.ofSeconds(10));
                long fresh = System.nanoTime() - start;
                start = System.nanoTime();
                for (int i = 0; i < 100; i++) {
                    pool.run("bench", target, "true", Duration.ofSeconds(10));
                }
                long hundred = System.nanoTime() - start;
                System.out.printf("reuse round %d: fresh connection + 1 command %4d ms, 100 commands %4d ms%n", round,
                        fresh / 1_000_000, hundred / 1_000_000);
                if (round > 0) {
                    ratios.add((double) hundred / fresh);
                }
            }
        }
        System.out.printf("connection reuse: 100 commands / (fresh connection + 1 command) = %.2f (median; target < 2)%n",
                median(ratios));
    }

    private static void deployLatency(Fleet fleet, String keyFile, String user, int port, String image) throws Exception {
        List<Double> baseline = new ArrayList<>();
        List<Double> deployed = new ArrayList<>();
        for (int round = 0; round < 6; round++) {
            long start = System.nanoTime();
            Process ssh = new ProcessBuilder("ssh", "-i", keyFile, "-p", String.valueOf(port), "-o", "BatchMode=yes",
                    "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR",
                    user + "@127.0.0.1", "docker run -d --label appaloft.bench=ssh -p 127.0.0.1::8080 " + image
                    + " >/dev/null && docker port $(docker ps -lq) 8080").redirectErrorStream(true).start();
            String published = new String(ssh.getInputStream().readAllBytes()).trim();
            ssh.waitFor();
            int hostPort = Integer.parseInt(published.substring(published.lastIndexOf(':') + 1).split("\\s")[0]);
            while (!answers(hostPort)) {
                Thread.sleep(5);
            }
            long b = System.nanoTime() - start;
            long d = fleet.deploy(0);
            System.out.printf("deploy round %d: ssh docker run + probe %5d ms, deployments.create over SSH %5d ms%n",
                    round, b / 1_000_000, d / 1_000_000);
            if (round > 0) {
                baseline.add((double) b);
                deployed.add((double) d);
            }
        }
        System.out.printf("deploy latency over SSH: %.0f ms against %.0f ms, ratio %.2f (medians; target <= 1.30)%n",
                median(deployed) / 1e6, median(baseline) / 1e6, median(deployed) / median(baseline));
    }

    private static void fanOut(Fleet fleet) throws Exception {
        List<Double> single = new ArrayList<>();
        List<Double> all = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            long one = fleet.deploy(0);
            long every = fleet.deployEverywhere();
            System.out.printf("fan-out round %d: 1 server %5d ms, %d servers at once %5d ms%n", round, one / 1_000_000,
                    fleet.size(), every / 1_000_000);
            if (round > 0) {
                single.add((double) one);
                all.add((double) every);
            }
        }
        System.out.printf("fan-out: %d servers at once / 1 server = %.2f (medians; target <= 1.50)%n", fleet.size(),
                median(all) / median(single));
    }

    private static boolean answers(int port) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).timeout(
                    Duration.ofSeconds(1)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (Exception notYet) {
            return false;
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    /**
     * One generic-ssh server per sshd. Each deployment gets a fresh resource of the image: what is
     * timed is the deploy path, not retiring an earlier instance (as in DeployLatencyBench).
     */
    private record Fleet(Appaloft.Session appaloft, String project, String env, List<String> servers, String image,
                         java.util.concurrent.atomic.AtomicInteger made) {

        static Fleet of(Appaloft.Session appaloft, String key, String user, List<Integer> ports, String image) {
            String credential = appaloft.sshCredentials().create(CreateSshCredentialInput.of("bench", key)
                    .withUsername(user)).id();
            String project = appaloft.projects().create(CreateProjectInput.named("ssh-bench")).id();
            String env = appaloft.environments().create(new CreateEnvironmentInput(project, "bench",
                    EnvironmentKind.TEST, null)).id();
            List<String> servers = new ArrayList<>();
            for (int i = 0; i < ports.size(); i++) {
                String server = appaloft.servers().create(new CreateServerInput("bench-" + i, "127.0.0.1", "generic-ssh",
                        null, (long) ports.get(i), null)).id();
                appaloft.servers().configureCredential(server, ConfigureServerCredentialInput.Credential.stored(
                        credential, null));
                servers.add(server);
            }
            return new Fleet(appaloft, project, env, servers, image, new java.util.concurrent.atomic.AtomicInteger());
        }

        private String freshResource() {
            return appaloft.resources().create(new CreateResourceInput(project, env, null, "bench-" + made.incrementAndGet(),
                    null, null, null, SourceBinding.of(SourceBinding.Kind.DOCKER_IMAGE, image), null,
                    NetworkProfile.port(8080))).id();
        }

        int size() {
            return servers.size();
        }

        /** A synchronous deployment to server i; its time in ns. */
        long deploy(int i) {
            String resource = freshResource();
            long start = System.nanoTime();
            String id = appaloft.deployments().create(new CreateDeploymentInput(project, servers.get(i), null, env,
                    resource, null)).id();
            long took = System.nanoTime() - start;
            require(id);
            return took;
        }

        /** Detached deployments to every server at once; the time from the first create to the last success. */
        long deployEverywhere() throws InterruptedException {
            List<String> resources = new ArrayList<>();
            for (int i = 0; i < size(); i++) {
                resources.add(freshResource());
            }
            long start = System.nanoTime();
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < size(); i++) {
                ids.add(appaloft.deployments().create(new CreateDeploymentInput(project, servers.get(i), null, env,
                        resources.get(i), ExecutionMode.DETACHED)).id());
            }
            for (String id : ids) {
                while (!appaloft.deployments().show(id).status().current().isTerminal()) {
                    Thread.sleep(5);
                }
                require(id);
            }
            return System.nanoTime() - start;
        }

        private void require(String id) {
            DeploymentStatus status = appaloft.deployments().show(id).status().current();
            if (status != DeploymentStatus.SUCCEEDED) {
                throw new IllegalStateException("deployment " + id + " ended " + status.wire() + ": "
                        + appaloft.deployments().show(id).latestFailure());
            }
        }
    }
}
