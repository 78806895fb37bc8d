import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// `docker compose config` (the pinned compose plugin that scripts/compose/install.sh builds; no
// Docker engine needed) validates ops/docker/compose.yaml and prints the model it resolved, which
// is what these rules are checked against.
const root = path.resolve(import.meta.dirname, "../..");
const dockerConfig = path.join(root, ".tools", "docker");
if (!existsSync(path.join(dockerConfig, "cli-plugins", "docker-compose"))) {
  throw new Error("docker compose is not installed: run bash scripts/compose/install.sh");
}

/** `docker compose …` where a docker CLI is installed; the plugin binary runs on its own too. */
function composeCommand(args: string[]): [string, string[]] {
  const plugin = path.join(dockerConfig, "cli-plugins", "docker-compose");
  try {
    execFileSync("docker", ["--version"], { stdio: "ignore" });
    return ["docker", ["compose", ...args]];
  } catch {
    return [plugin, args];
  }
}

type Service = {
  image?: string;
  user?: string;
  healthcheck?: { test: string[] };
  stop_grace_period?: string;
  depends_on?: Record<string, { condition: string }>;
  network_mode?: string;
  environment?: Record<string, string>;
  secrets?: { source: string }[];
  restart?: string;
};
const resolved = JSON.parse(
  execFileSync(...composeCommand(["-f", "ops/docker/compose.yaml", "config", "--format", "json"]), {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, DOCKER_CONFIG: dockerConfig, EXECORA_TAG: "abc1234" },
    timeout: 30_000,
  }),
) as { services: Record<string, Service> };
const { services } = resolved;

describe("ops/docker/compose.yaml", () => {
  it("runs postgres, redis, livekit, a one-off migrate, the app and the agent", () => {
    expect(Object.keys(services).sort()).toEqual(["agent", "app", "livekit", "migrate", "postgres", "redis"]);
    expect(services.migrate?.restart).toBe("no");
  });

  it("starts the app and the agent only after the migration exited 0", () => {
    for (const name of ["app", "agent"]) {
      expect(services[name]?.depends_on?.migrate?.condition, name).toBe("service_completed_successfully");
    }
    expect(services.migrate?.depends_on?.postgres?.condition).toBe("service_healthy");
  });

  it("health-checks every long-running service and gives the app and agent time to drain", () => {
    for (const [name, service] of Object.entries(services)) {
      if (name !== "migrate") expect(service.healthcheck?.test.length, name).toBeGreaterThan(1);
    }
    expect(services.app?.stop_grace_period).toBe("30s");
    expect(services.agent?.stop_grace_period).toBe("11m0s");
  });

  it("tags both images with the release's git sha", () => {
    expect(services.app?.image).toBe("execora-app:abc1234");
    expect(services.migrate?.image).toBe("execora-app:abc1234");
    expect(services.agent?.image).toBe("execora-agent:abc1234");
  });

  it("passes secrets as files, never as values in the environment", () => {
    for (const name of ["app", "agent", "migrate"]) {
      const environment = services[name]?.environment ?? {};
      expect(environment.AUTH_SECRET_FILE, name).toBe("/run/secrets/auth_secret");
      expect(environment.DATABASE_URL_FILE, name).toBe("/run/secrets/database_url");
      expect(
        Object.keys(environment).filter((key) => /SECRET$|TOKEN$|PASSWORD$|^DATABASE_URL$/.test(key)),
      ).toEqual([]);
    }
  });
});

describe("ops/docker/Dockerfile", () => {
  const dockerfile = readFileSync(path.join(root, "ops/docker/Dockerfile"), "utf8");
  const stage = (name: string) =>
    dockerfile.split(/^FROM /m).find((part) => new RegExp(` AS ${name}\\n`).test(part)) ?? "";

  it("builds in stages and runs the app and the agent as the unprivileged node user", () => {
    expect(dockerfile.match(/^FROM /gm)?.length).toBeGreaterThanOrEqual(4);
    for (const name of ["app", "agent"]) {
      const users = [...stage(name).matchAll(/^USER (\S+)/gm)].map((match) => match[1]);
      expect(users.at(-1), name).toBe("node");
    }
  });

  it("ships production dependencies only", () => {
    expect(stage("prod-deps")).toContain("npm install --omit=dev");
    expect(stage("runtime-base")).toContain("--from=prod-deps");
  });
});
