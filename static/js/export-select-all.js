// The export page's "select all" box (templates/admin/import_export/export.html): ticks or clears
// every column of the export, as django-import-export's inline onchange did before the
// Content-Security-Policy refused it.
document.addEventListener("DOMContentLoaded", () => {
  for (const toggle of document.querySelectorAll(".select-toggle")) {
    toggle.addEventListener("change", () => {
      for (const box of document.querySelectorAll('.selectable-field-export-row input[type="checkbox"]')) {
        box.checked = toggle.checked;
      }
    });
  }
});
