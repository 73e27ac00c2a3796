"""The application context one window works in: project, who is annotating, what is selected.

Passed explicitly to every part instead of a global. It turns the store's
`Change` notifications into a Qt signal, runs each user action as one store
operation, and turns a refused change into a message instead of a crash.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from annotator.store.project import Change, Project, StoreError


class Session(QObject):
    changed = Signal(object)  # a store Change
    reloaded = Signal()  # another process wrote: everything may differ
    selection_changed = Signal(object)  # annotation id or None
    article_changed = Signal(object)  # article id or None
    message = Signal(str)  # one line for the status bar

    def __init__(self, project: Project, annotator: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.annotator = annotator
        self.article_id: str | None = None
        self.selected: str | None = None
        self._seen_version = project.data_version()
        project.subscribe(self._on_change)

    def close(self) -> None:
        self.project.unsubscribe(self._on_change)

    def _on_change(self, change: Change) -> None:
        self.changed.emit(change)

    # ----------------------------------------------------------- selection
    def set_article(self, article_id: str | None) -> None:
        if article_id != self.article_id:
            self.select(None)
            self.article_id = article_id
            self.article_changed.emit(article_id)

    def select(self, annotation_id: str | None) -> None:
        if annotation_id != self.selected:
            self.selected = annotation_id
            self.selection_changed.emit(annotation_id)

    # -------------------------------------------------------------- actions
    def run(self, what, *args, **kwargs):
        """Call one store operation; a refusal becomes a status message and returns None."""
        try:
            return what(*args, **kwargs)
        except StoreError as exc:
            self.message.emit(str(exc))
            return None

    def add_annotation(self, start: int, end: int, tag: str, text: str):
        if self.article_id is None:
            return None
        return self.run(self.project.add_annotation, self.article_id, start, end, tag, self.annotator, text=text)

    def change_tag(self, annotation_id: str, tag: str):
        return self.run(self.project.update_annotation, annotation_id, self.annotator, tag=tag)

    def edit_note(self, annotation_id: str, note: str):
        return self.run(self.project.update_annotation, annotation_id, self.annotator, note=note)

    def delete(self, annotation_ids: list[str]):
        if not annotation_ids:
            return None
        if self.selected in annotation_ids:
            self.select(None)
        return self.run(self.project.delete_annotations, annotation_ids, self.annotator)

    def undo(self):
        change = self.run(self.project.undo, self.annotator)
        if change is None:
            return None
        self.message.emit(f"undone: {change.label}")
        return change

    def redo(self):
        change = self.run(self.project.redo, self.annotator)
        if change is None:
            return None
        self.message.emit(f"redone: {change.label}")
        return change

    # ----------------------------------------------------------- display
    def text_direction(self, article_id: str) -> str:
        """'auto', 'rtl' or 'ltr': the analyst's layout choice kept with the article."""
        from annotator.store import display

        try:
            return display.text_direction(self.project, article_id)
        except StoreError:
            return "auto"

    def set_text_direction(self, value: str) -> bool:
        from annotator.store import display

        if self.article_id is None:
            return False
        try:
            display.set_text_direction(self.project, self.article_id, value)
        except StoreError as exc:
            self.message.emit(str(exc))
            return False
        return True

    # ------------------------------------------------------ exchange formats
    def export_to(self, fmt: str, path: str, **filters) -> str:
        """Write an export (csv, jsonl, articles, qdpx, qdc, brat, w3c, conll, xlsx); returns a one-line summary.

        Raises StoreError (an ExchangeError or ExportError) with the reason when it cannot be written.
        """
        from annotator.io.export import export_to_file
        from annotator.io.interchange import export_any

        if fmt in ("csv", "jsonl", "articles", "articles-csv"):
            written = export_to_file(self.project, fmt, path, **filters)
            return f"{written.annotations} written to {path}"
        return export_any(self.project, fmt, path, **filters)

    def import_annotations(self, path: str):
        """Import annotations from a .qdpx, a brat folder, W3C JSON, our JSONL or CSV, all or nothing.

        Returns (summary, detail lines); raises StoreError with the reason when nothing was imported.
        """
        from annotator.io.annotations_csv import import_annotations_csv
        from annotator.io.annotations_jsonl import import_annotations_jsonl
        from annotator.io.exchange import ExchangeError
        from annotator.io.interchange import import_any, kind_of

        kind = kind_of(path)
        if kind in ("jsonl", "csv"):
            reader = import_annotations_csv if kind == "csv" else import_annotations_jsonl
            result = reader(self.project, path, actor=self.annotator)
            if not result.ok:
                raise ExchangeError(f"{result.summary()}: {result.errors[0]}")
            return result.summary(), []
        report = import_any(self.project, path, self.annotator)
        return report.summary(), report.notes

    # ------------------------------------------------------ other processes
    def check_external_changes(self) -> bool:
        """Compare SQLite's data_version; on a change by another connection tell every view to reload."""
        try:
            version = self.project.data_version()
        except Exception:  # a closed connection: nothing to compare
            return False
        if version == self._seen_version:
            return False
        self._seen_version = version
        self.reloaded.emit()
        return True
