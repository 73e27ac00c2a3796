"""A team project: the local project stays the working copy and syncs with a PostgreSQL server.

- outbox.py: the queue of local operations (every Project hands `queue_operation` to its
  operation log), and the link settings;
- entities.py: what is shared and how project rows and server rows correspond;
- server_schema.py: the server's numbered migrations, roles and row-level security;
- server.py: connecting (libpq: passwords and TLS from the usual places), init, members;
- push.py / pull.py: the server side of a sync; apply.py: the project side;
- engine.py: link, sync, status, unlink, and the listener for live updates;
- scratch.py: a private PostgreSQL in a temporary folder (tests, benchmarks, trying it out).

Only outbox.py is loaded with the store; the rest (and psycopg) when a team command runs.
"""
