/**
 * Print rules of the printable invoice: only the `.print-area` is printed (the app shell around
 * it is hidden), each language block starts on its own sheet.
 */
export function InvoicePrintStyles() {
  const css = `
@media print {
  body * { visibility: hidden !important; }
  .print-area, .print-area * { visibility: visible !important; }
  .print-area { position: absolute; inset-inline-start: 0; top: 0; width: 100%; }
  .print-page { break-after: page; page-break-after: always; box-shadow: none !important; border-color: #000 !important; }
  .print-page:last-child { break-after: auto; page-break-after: auto; }
  @page { size: A4; margin: 12mm; }
}`;
  return <style dangerouslySetInnerHTML={{ __html: css }} />;
}
