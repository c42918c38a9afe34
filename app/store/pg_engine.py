"""The PostgreSQL engine (also KingbaseES / openGauss, untested): a shared server for a team.

psycopg 3 speaks libpq, so the password comes from where libpq looks (~/.pgpass, PGPASSWORD,
a service file) and `sslmode` in the URL is honoured; the program never stores a password.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .errors import StoreError
from .schema import MIGRATIONS, SCHEMA_VERSION
from .target import without_password

CHANNEL = "grr_changes"  # every write transaction sends NOTIFY on it; open windows LISTEN
# Every reviewer action writes history; claims change without it.
_FINGERPRINT = ("SELECT (SELECT max(id) FROM history), (SELECT count(*) FROM claims),"
                " (SELECT max(seen_at) FROM claims), (SELECT max(updated_at) FROM reports)")
_MIGRATION_LOCK = 7_310_019  # pg_advisory_xact_lock key: one program migrating at a time

# SQLSTATE classes and codes a reviewer can act on.
_MESSAGES: tuple[tuple[str, str], ...] = (
    ("55P03", "审核库中的这份报告正被另一位审核人保存，请稍后再试：{loc}"),
    ("40P01", "审核库中的这份报告正被另一位审核人保存，请稍后再试：{loc}"),
    ("40001", "审核库中的这份报告正被另一位审核人保存，请稍后再试：{loc}"),
    ("42501", "数据库账号没有所需的权限（请管理员按说明授权）：{loc}"),
    ("25006", "数据库以只读方式打开，不能保存更改：{loc}"),
    ("53100", "数据库服务器磁盘已满，本次更改没有保存：{loc}"),
    ("28", "数据库服务器拒绝登录（用户名或密码不对，或 pg_hba.conf 不允许）：{loc}"),
    ("08", "与审核库服务器的连接中断，本次更改没有保存：{loc}"),
    ("57P", "审核库服务器正在关闭或重启，本次更改没有保存：{loc}"),
)


class PostgresEngine:
    """One autocommit connection (transactions are explicit BEGIN … COMMIT) plus, once a window
    asks what changed, a second one that LISTENs for other reviewers' commits."""

    dialect = "postgresql"
    listen_sql = f"LISTEN {CHANNEL}"

    def __init__(self, url: str, *, read_only: bool, busy_timeout: float) -> None:
        import psycopg

        self.errors: tuple[type[Exception], ...] = (psycopg.Error,)
        self._psycopg = psycopg
        self.url = url
        self.location = without_password(url)
        self.read_only = read_only
        self._listener: Any = None
        self._fingerprint: tuple[Any, ...] | None = None  # polling instead, where LISTEN is refused
        self._sql: dict[str, str] = {}
        self._con = self._connect()
        try:
            # A row another reviewer is saving waits at most busy_timeout, then a clear refusal.
            self._con.execute(f"SET lock_timeout = {int(busy_timeout * 1000)}")
            self._migrate()
            if read_only:
                self._con.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
        except psycopg.Error as e:
            self._con.close()
            raise self.error(e) from e
        except StoreError:
            self._con.close()
            raise

    def _connect(self) -> Any:
        psycopg = self._psycopg
        options: dict[str, Any] = {"autocommit": True, "application_name": "gov-report-review"}
        if "connect_timeout" not in self.url:
            options["connect_timeout"] = 10  # never an unbounded wait for an unreachable server
        try:
            return psycopg.connect(self.url, **options)
        except psycopg.Error as e:
            detail = str(e).strip().splitlines()[-1] if str(e).strip() else type(e).__name__
            raise StoreError(f"无法连接审核库服务器：{self.location}（{detail}）") from e

    # -- the statements the store runs --------------------------------------------------------

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self._con.execute(self._dialect(sql), tuple(params)) if params else self._con.execute(sql)

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        with self._con.cursor() as cur:
            cur.executemany(self._dialect(sql), rows)

    def _dialect(self, sql: str) -> str:
        """The store writes qmark placeholders (SQLite's); psycopg wants %s, and a literal % doubled."""
        translated = self._sql.get(sql)
        if translated is None:
            translated = self._sql[sql] = sql.replace("%", "%%").replace("?", "%s")
        return translated

    def begin(self) -> None:
        self._con.execute("BEGIN")

    def commit(self) -> None:
        # Delivered to listeners only if the transaction commits.
        self._con.execute(f"NOTIFY {CHANNEL}")
        self._con.execute("COMMIT")

    def in_transaction(self) -> bool:
        return self._con.info.transaction_status != self._psycopg.pq.TransactionStatus.IDLE

    def lock_report(self, report_id: int) -> None:
        """Holds the report's row until commit: a second reviewer's change to the same report waits
        here, then reads what the first one wrote (the check-then-write is never interleaved)."""
        self._con.execute("SELECT id FROM reports WHERE id = %s FOR UPDATE", (report_id,))

    def changed(self) -> bool:
        """True when another connection has committed a change since the last call (LISTEN/NOTIFY;
        on a server without it, such as openGauss, a cheap fingerprint of the history and claims)."""
        try:
            if self._listener is None and self._fingerprint is None:
                self._start_listening()
                return True  # anything may have changed before we started watching
            if self._fingerprint is not None:
                now = tuple(self._con.execute(_FINGERPRINT).fetchone())
                changed, self._fingerprint = now != self._fingerprint, now
                return changed
            own = self._con.info.backend_pid
            return any(n.pid != own for n in self._listener.notifies(timeout=0))
        except self._psycopg.Error as e:
            raise self.error(e) from e

    def _start_listening(self) -> None:
        listener = self._connect()
        try:
            listener.execute(self.listen_sql)
        except self._psycopg.Error:
            listener.close()
            self._fingerprint = tuple(self._con.execute(_FINGERPRINT).fetchone())
            return
        self._listener = listener

    def error(self, exc: Exception) -> StoreError:
        code = getattr(exc, "sqlstate", None) or ""
        for prefix, message in _MESSAGES:
            if code.startswith(prefix):
                return StoreError(message.format(loc=self.location))
        if isinstance(exc, self._psycopg.OperationalError) and not code:
            return StoreError(f"与审核库服务器的连接中断，本次更改没有保存：{self.location}")
        diag = getattr(exc, "diag", None)
        text = (diag.message_primary if diag is not None else None) or str(exc).strip()
        return StoreError(f"数据库出错：{text}（{self.location}）")

    def close(self) -> None:
        for con in (self._listener, self._con):
            if con is not None:
                con.close()
        self._listener = None

    # -- schema ---------------------------------------------------------------------------------

    def _version(self) -> int | None:
        """The schema version, or None for a database the program has never touched."""
        has_table = self._con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()"
            " AND table_name = 'schema_version'").fetchone()[0]
        if not has_table:
            foreign = self._con.execute(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()"
                " AND table_name = 'reports'").fetchone()[0]
            if foreign:
                raise StoreError(f"该数据库里已有其他程序的表（reports），不是审核库，没有使用：{self.location}")
            return None
        row = self._con.execute("SELECT max(version) FROM schema_version").fetchone()
        return int(row[0] or 0)

    def _migrate(self) -> None:
        version = self._version()
        if version is not None and version > SCHEMA_VERSION:
            raise StoreError(f"审核库由更新版本的程序创建（结构版本 {version}，本程序支持 {SCHEMA_VERSION}），"
                             f"未做任何改动，请升级本程序后再打开：{self.location}")
        if version == SCHEMA_VERSION:
            return
        if self.read_only:
            raise StoreError(f"审核库结构需要升级，只读方式无法打开：{self.location}")
        # Transactional DDL: every step commits together, or none does.
        self._con.execute("BEGIN")
        try:
            self._con.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK,))
            self._con.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            current = int(self._con.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()[0])
            for target in range(current + 1, SCHEMA_VERSION + 1):
                self._con.execute(MIGRATIONS[target - 1].postgresql)
            if current < SCHEMA_VERSION:
                self._con.execute("DELETE FROM schema_version")
                self._con.execute("INSERT INTO schema_version (version) VALUES (%s)", (SCHEMA_VERSION,))
            self._con.execute("COMMIT")
        except BaseException:
            self._con.execute("ROLLBACK")
            raise
