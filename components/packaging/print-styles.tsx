/**
 * Print rules of the printable packaging pages: only the `.print-area` is printed (the app
 * shell around it is hidden), each `.print-page` starts on a new sheet.
 */
export function PrintStyles() {
  const css = `
@media print {
  body * { visibility: hidden !important; }
  .print-area, .print-area * { visibility: visible !important; }
  .print-area { position: absolute; inset-inline-start: 0; top: 0; width: 100%; }
  .print-page { break-after: page; page-break-after: always; box-shadow: none !important; border-color: #000 !important; }
  .print-page:last-child { break-after: auto; page-break-after: auto; }
  @page { margin: 8mm; }
}`;
  return <style dangerouslySetInnerHTML={{ __html: css }} />;
}
