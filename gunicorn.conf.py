"""Gunicorn settings for the web service: docker-compose.yml, the Dockerfile and `make bench`.

Workers come from WEB_CONCURRENCY (gunicorn's own variable), by default 2 x cores + 1.
Sync workers hold a request for all of its database time, so a few more workers than
cores keep the CPU busy while some of them wait on PostgreSQL or Redis.
- 2-core server: 5 workers (the default). With `make bench`'s dataset, 3, 5 and 9
  workers served the bare view and the module page at the same rate, within the noise
  (the pages are CPU-bound); 5 keeps a slow request from stalling the rest. Each worker
  takes about 130 MB and one PostgreSQL connection (CONN_MAX_AGE keeps it open).
- 8-core server: 17 workers (the default), about 2.2 GB. Workers x web containers plus
  Celery's connections must stay under PostgreSQL's max_connections (100 by default);
  beyond that, put PgBouncer in front of PostgreSQL.
A container sees the host's cores, not its CPU limit: set WEB_CONCURRENCY there
(docker-compose.yml does).
"""

import os

bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000")
workers = int(os.environ.get("WEB_CONCURRENCY") or 2 * len(os.sched_getaffinity(0)) + 1)
worker_class = "sync"
timeout = 30
graceful_timeout = 30
# Recycle workers now and then so that slow memory growth never builds up. Under even
# load they all reach the limit together (`make bench` saw five restart in one second,
# and two seconds of timeouts), so the limits are spread wide, and the app is imported
# once, in the master: a new worker forks from it instead of importing Django anew.
max_requests = 10000
max_requests_jitter = 5000
preload_app = True
# Heartbeat files on tmpfs: on a container's overlay filesystem they can stall workers.
# (gunicorn makes them with mkstemp: private files with unique names.)
SHARED_MEMORY = "/dev/shm"  # noqa: S108
worker_tmp_dir = SHARED_MEMORY if os.path.isdir(SHARED_MEMORY) else None
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-")
