/**
 * Print rules of every printable page (labels, slips, pick lists, invoices): only the
 * `.print-area` is printed (the app shell around it is hidden) and each `.print-page` starts
 * on its own sheet. `page` is the CSS @page rule body (sheet size and margins).
 */
export function PrintStyles({ page = "margin: 8mm;" }: { page?: string }) {
  const css = `
@media print {
  body * { visibility: hidden !important; }
  .print-area, .print-area * { visibility: visible !important; }
  .print-area { position: absolute; inset-inline-start: 0; top: 0; width: 100%; }
  .print-page { break-after: page; page-break-after: always; box-shadow: none !important; border-color: #000 !important; }
  .print-page:last-child { break-after: auto; page-break-after: auto; }
  @page { ${page} }
}`;
  return <style dangerouslySetInnerHTML={{ __html: css }} />;
}
