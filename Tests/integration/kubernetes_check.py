"""Checks deploy/kubernetes/ for what a rolling update and a slow start need (run by
kubernetes.sh after kubernetes-validate): probe paths, a start-up probe long enough for the
load, the security context, a termination grace longer than the drain, and the companions
(Service, PodDisruptionBudget, HorizontalPodAutoscaler) pointing at the Deployment.
Prints one line per check and "N passed, M failed"; exit 1 on any failure."""
import glob
import os
import sys

import yaml

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
results = []


def check(name, condition):
    results.append(bool(condition))
    print(("ok   " if condition else "FAIL ") + name)


def seconds(value):
    return float(value)


def main():
    documents = []
    for path in sorted(glob.glob(os.path.join(ROOT, "deploy", "kubernetes", "*.yaml"))):
        with open(path, encoding="utf-8") as handle:
            documents += [d for d in yaml.safe_load_all(handle) if d]
    by_kind = {}
    for document in documents:
        by_kind.setdefault(document["kind"], []).append(document)

    deployments = by_kind.get("Deployment", [])
    check("one Deployment", len(deployments) == 1)
    if not deployments:
        return
    deployment = deployments[0]
    spec = deployment["spec"]
    pod = spec["template"]["spec"]
    containers = pod["containers"]
    check("three replicas", spec.get("replicas") == 3)
    check("one container", len(containers) == 1)
    container = containers[0]
    env = {item["name"]: item.get("value") for item in container.get("env", [])}
    port_names = {port.get("name"): port["containerPort"] for port in container.get("ports", [])}
    check("the container listens on 8080", port_names.get("http") == 8080)

    def probe(kind):
        return container.get(kind, {}).get("httpGet", {})
    check("readiness probe on /readyz", probe("readinessProbe").get("path") == "/readyz")
    check("liveness probe on /livez", probe("livenessProbe").get("path") == "/livez")
    check("startup probe on /readyz", probe("startupProbe").get("path") == "/readyz")
    startup = container.get("startupProbe", {})
    budget = startup.get("periodSeconds", 10) * startup.get("failureThreshold", 3)
    # The measured raw start of 100,000 articles on 2 cores is well under 120 s.
    check(f"start-up probe allows {budget} s >= 120 s of loading", budget >= 120)

    security = pod.get("securityContext", {})
    own = container.get("securityContext", {})
    check("runAsNonRoot", security.get("runAsNonRoot") is True or own.get("runAsNonRoot") is True)
    check("a non-zero user id", (own.get("runAsUser") or security.get("runAsUser") or 0) > 0)
    check("read-only root file system", own.get("readOnlyRootFilesystem") is True)
    check("no privilege escalation", own.get("allowPrivilegeEscalation") is False)
    check("every capability dropped", own.get("capabilities", {}).get("drop") == ["ALL"])

    drain = seconds(env.get("KIOSQUE_DRAIN_DELAY") or 0)
    grace = seconds(env.get("KIOSQUE_GRACE_PERIOD") or 10)
    termination = pod.get("terminationGracePeriodSeconds", 30)
    check(f"a drain delay is set ({drain} s)", drain > 0)
    check(f"termination grace {termination} s > drain {drain} s + grace {grace} s", termination > drain + grace)

    resources = container.get("resources", {})
    check("memory request and limit set", "memory" in resources.get("requests", {}) and "memory" in resources.get("limits", {}))
    mounts = {mount["mountPath"]: mount for mount in container.get("volumeMounts", [])}
    check("the corpus is mounted read-only at KIOSQUE_DATA",
          env.get("KIOSQUE_DATA") in mounts and mounts[env["KIOSQUE_DATA"]].get("readOnly") is True)

    labels = spec["selector"]["matchLabels"]
    services = by_kind.get("Service", [])
    check("a Service selects the pods", any(s["spec"].get("selector") == labels for s in services))
    budgets = by_kind.get("PodDisruptionBudget", [])
    check("a PodDisruptionBudget covers the pods",
          any(b["spec"]["selector"].get("matchLabels") == labels for b in budgets))
    autoscalers = by_kind.get("HorizontalPodAutoscaler", [])
    check("an autoscaler targets the Deployment", any(
        a["spec"]["scaleTargetRef"]["name"] == deployment["metadata"]["name"]
        and a["spec"].get("minReplicas", 1) >= 3 for a in autoscalers))

    passed = sum(results)
    print(f"{passed} passed, {len(results) - passed} failed")


if __name__ == "__main__":
    main()
    sys.exit(0 if results and all(results) else 1)
