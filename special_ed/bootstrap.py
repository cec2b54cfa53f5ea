"""The composition root: the one place that wires engine, unit of work, services and settings.

Both the CLI and the GUI call :func:`build_app`; nothing else creates engines or
services, and there are no module-level singletons.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlalchemy.orm import sessionmaker

from special_ed.backup.auto import BackupService
from special_ed.changes import ChangeHub
from special_ed.db_key import AskPassphrase, find_key
from special_ed.domain.divisions import Divisions
from special_ed.errors import DatabaseError
from special_ed.persistence import audit, change_tracking, scope
from special_ed.persistence.database import (
    DatabaseInfo,
    check_key,
    check_sqlite_file,
    damaged_error,
    describe,
    make_engine,
    make_read_only_engine,
    resolve_url,
    sqlite_health,
    sqlite_table_names,
    unrelated_error,
)
from special_ed.persistence.migrate import UpgradeResult, check_schema, head_revision, upgrade
from special_ed.persistence.uow import UnitOfWork
from special_ed.progress import NO_PROGRESS, Progress
from special_ed.scheduling.service import ScheduleService
from special_ed.secret_store import SecretStore  # keyring itself is resolved on first use
from special_ed.services.accounts import AccountsService, Kdf
from special_ed.services.audit_log import AuditService
from special_ed.services.children import ChildrenService
from special_ed.services.compliance import ComplianceService
from special_ed.services.context import Actor, Scope, ServiceContext
from special_ed.services.county import CountyService
from special_ed.services.coverage import CoverageService
from special_ed.services.dropout import DropoutService
from special_ed.services.instruments import InstrumentService
from special_ed.services.norms import NormsService
from special_ed.services.placement import PlacementService
from special_ed.services.records import RecordsService
from special_ed.services.reference import ReferenceService
from special_ed.services.registration import RegistrationService
from special_ed.services.registry import RegistryService
from special_ed.services.settings_store import SettingsService
from special_ed.services.visits import VisitsService

if TYPE_CHECKING:
    from special_ed.importing.check_service import CheckService
    from special_ed.importing.reference_service import ReferenceImportService
    from special_ed.importing.service import ImportService
    from special_ed.reports.service import ReportsService
    from special_ed.services.export import ExportService
    from special_ed.services.printing import PrintingService
    from special_ed.services.revert import RevertService


@dataclass
class App:
    """Everything a front end needs; created by :func:`build_app`."""

    engine: Engine
    info: DatabaseInfo
    ctx: ServiceContext
    changes: ChangeHub  # every committed write is published here (the GUI adapts it to a signal)
    upgrade_result: UpgradeResult | None
    accounts: AccountsService
    audit: AuditService
    settings: SettingsService
    county: CountyService  # which county, its official areas and its profile (name, authority, centre, phone)
    reference: ReferenceService
    registry: RegistryService
    children: ChildrenService
    placement: PlacementService
    coverage: CoverageService
    records: RecordsService
    visits: VisitsService
    compliance: ComplianceService
    norms: NormsService  # provincial presets, teacher workload, annual 课时
    secrets: SecretStore  # the OS keyring (PostgreSQL password, SQLCipher key, backup passphrase)
    backups: BackupService
    instruments: InstrumentService  # structured assessments: instruments, scores, profiles
    registration: RegistrationService  # check population, committee sittings, 延缓入学, 转介
    dropout: DropoutService  # 控辍保学 ledgers, cases and 劝返记录
    schedule: ScheduleService

    # Services whose modules take a second to import (ReportLab, openpyxl) are built here on first
    # use, so that opening the window or running `special-ed --help` does not pay for them.
    @cached_property
    def printing(self) -> PrintingService:
        from special_ed.services.printing import PrintingService

        return PrintingService(self.ctx, self.county.profile)

    @cached_property
    def importing(self) -> ImportService:
        from special_ed.importing.service import ImportService

        return ImportService(self.ctx, self.placement)

    @cached_property
    def reference_imports(self) -> ReferenceImportService:
        """Imports of schools, teachers, teams and village coordinates (the 基础数据 lists)."""
        from special_ed.importing.reference_service import ReferenceImportService

        return ReferenceImportService(self.ctx)

    @cached_property
    def check(self) -> CheckService:
        """三查: the agencies' lists compared with the register, findings and follow-ups."""
        from special_ed.importing.check_service import CheckService

        return CheckService(self.ctx)

    @cached_property
    def reports(self) -> ReportsService:
        """The tables the county files upward (xlsx / PDF), built from the services they count with."""
        from special_ed.reports.service import ReportSources, ReportsService

        return ReportsService(
            ReportSources(self.ctx, self.norms, self.registration, self.dropout, self.county)
        )

    @cached_property
    def export(self) -> ExportService:
        from special_ed.services.export import ExportService

        return ExportService(self.ctx)

    @cached_property
    def revert(self) -> RevertService:
        """撤销上一次保存: a record's last save put back from its audit."""
        from special_ed.services.revert import RevertService

        return RevertService(self.ctx)

    @property
    def actor(self) -> Actor:
        return self.ctx.actor

    def uow(self, action: str = "write") -> UnitOfWork:
        return self.ctx.uow(action)

    def close(self) -> None:
        self.engine.dispose()

    def damage_message(self, lang: str = "zh") -> str:
        """ "" for a healthy database; else why it is read-only and where the newest backup is."""
        if not self.info.damaged:
            return ""
        return damaged_error(self.info).message(lang)


def build_app(
    db_url: str | None = None,
    user: str | None = None,
    *,
    migrate: bool = True,
    clock: Callable[[], datetime] = datetime.now,
    kdf: Kdf | None = None,
    secrets: SecretStore | None = None,
    db_passphrase: str | None = None,
    ask_passphrase: AskPassphrase | None = None,
) -> App:
    """Open (and by default upgrade, after a backup) the database and wire the services.

    Without accounts in the database the actor is ``user`` (else the OS user) with full rights;
    once accounts exist nobody acts until ``app.accounts.login(...)`` succeeds. An encrypted file
    is opened with the keyring's key, ``db_passphrase``, ``$SPECIAL_ED_DB_PASSPHRASE`` or what
    ``ask_passphrase`` gets from a person (see ``special_ed.db_key.find_key``).
    """
    url = resolve_url(db_url)
    info = describe(url)
    secret_store = secrets or SecretStore()
    damaged = ""
    path = info.path
    if info.encrypted and path is not None:
        if path.exists():
            check_sqlite_file(path, encrypted=True)  # before asking for a key it would not need
        key = find_key(path, secret_store, passphrase=db_passphrase, ask=ask_passphrase)
        info = replace(info, key=key)
        if path.exists():
            check_key(path, key)  # a wrong key is said so, not taken for a damaged file
    if path is not None and path.exists():
        # 0 bytes, not a database, read-only: refused before opening
        check_sqlite_file(path, encrypted=info.encrypted)
        unrelated = unrelated_error(info.display, sqlite_table_names(path, info.key))
        if unrelated is not None:
            raise unrelated
        damaged = sqlite_health(path, key=info.key)
    if damaged and path is not None:
        # Opened for reading only, so what is still readable can be seen and exported; every
        # write says the file is damaged and where the newest backup is.
        info = replace(info, damaged=damaged)
        engine = make_read_only_engine(path, info.key)
    else:
        engine = make_engine(url, key=info.key)
    try:
        result = upgrade(engine, info=info) if migrate and not damaged else None
        if damaged:
            check_schema(engine)
        elif not migrate:
            from special_ed.errors import DatabaseError

            current = check_schema(engine)
            if current != head_revision():
                raise DatabaseError("db.not_initialised")
    except Exception:
        engine.dispose()
        raise
    factory = sessionmaker(bind=engine, expire_on_commit=False)
    scope.install(factory)
    audit.install(factory)
    change_tracking.install(factory)
    hub = ChangeHub()
    single = Actor(user) if user else Actor.from_os()

    def make_uow(actor_name: str, scope: Scope | None = None) -> UnitOfWork:
        return UnitOfWork(factory, actor_name, info, clock, hub, scope)

    ctx = ServiceContext(make_uow=make_uow, actor=single, info=info, clock=clock)
    accounts = AccountsService(ctx, kdf)
    try:
        if accounts.exist():
            ctx.actor = Actor.nobody()
    except Exception:
        engine.dispose()
        raise
    settings = SettingsService(ctx)
    compliance = ComplianceService(ctx)
    placement = PlacementService(ctx)
    registration = RegistrationService(ctx, placement)
    county = CountyService(ctx, settings, Divisions())
    app = App(
        engine=engine,
        info=info,
        ctx=ctx,
        changes=hub,
        upgrade_result=result,
        accounts=accounts,
        audit=AuditService(ctx),
        settings=settings,
        county=county,
        reference=ReferenceService(ctx),
        registry=RegistryService(ctx),
        children=ChildrenService(ctx),
        placement=placement,
        coverage=CoverageService(ctx),
        records=RecordsService(ctx),
        visits=VisitsService(ctx),
        compliance=compliance,
        norms=NormsService(ctx, settings, compliance),
        secrets=secret_store,
        backups=BackupService(engine, info, secret_store),
        instruments=InstrumentService(ctx, county.profile),
        registration=registration,
        dropout=DropoutService(ctx, registration),
        schedule=ScheduleService(ctx),
    )
    return app


AppFactory = Callable[[], App]


class DatabaseOpener:
    """Opens an App on a database chosen while the program runs (the GUI's first run, File → Open).

    The launcher hands one to the UI, so the UI never imports this composition root (nor, through it,
    SQLAlchemy): it only asks for an App by URL.
    """

    def open(
        self, url: str, make_demo: bool = False, progress: Progress = NO_PROGRESS, passphrase: str | None = None
    ) -> App:
        """The App on ``url`` (migrated); with ``make_demo`` the demo county is generated into it first.
        An encrypted file without its key in the keyring needs the ``passphrase`` a person gave."""
        app = build_app(url, db_passphrase=passphrase)
        if make_demo:
            from special_ed.services.demo import generate_demo  # only the demo needs its name lists

            generate_demo(app.ctx, progress=progress)
        return app

    def check(self, url: str) -> None:
        """Connect without changing anything; a reachable but empty server database is fine (set up on start)."""
        try:
            build_app(url, migrate=False).close()
        except DatabaseError as exc:
            if exc.code != "db.not_initialised":
                raise
