"use client";
import { forwardRef, useEffect, useImperativeHandle, useRef, useState } from "react";
import { useTranslations } from "next-intl";

export type SignaturePadHandle = {
  /** The drawing as a PNG file, or null while nothing has been drawn. */
  toFile(): Promise<File | null>;
};

/** A canvas the customer signs with a finger, pen or mouse (pointer events). */
export const SignaturePad = forwardRef<SignaturePadHandle, { onChange?: (hasInk: boolean) => void }>(
  function SignaturePad({ onChange }, ref) {
    const t = useTranslations("courier.report");
    const canvas = useRef<HTMLCanvasElement>(null);
    const last = useRef<{ x: number; y: number } | null>(null);
    const [hasInk, setHasInk] = useState(false);

    // Size the bitmap to the displayed box (and the screen's pixel ratio) so strokes stay sharp.
    useEffect(() => {
      const c = canvas.current;
      if (!c) return;
      const ratio = window.devicePixelRatio || 1;
      c.width = Math.round(c.clientWidth * ratio);
      c.height = Math.round(c.clientHeight * ratio);
      const ctx = c.getContext("2d");
      if (!ctx) return;
      ctx.scale(ratio, ratio);
      ctx.fillStyle = "#ffffff";
      ctx.fillRect(0, 0, c.width, c.height);
      ctx.lineWidth = 2.5;
      ctx.lineCap = "round";
      ctx.lineJoin = "round";
      ctx.strokeStyle = "#0f172a";
    }, []);

    useImperativeHandle(
      ref,
      () => ({
        toFile: () =>
          new Promise((resolve) => {
            const c = canvas.current;
            if (!c || !hasInk) return resolve(null);
            c.toBlob(
              (blob) => resolve(blob ? new File([blob], "signature.png", { type: "image/png" }) : null),
              "image/png",
            );
          }),
      }),
      [hasInk],
    );

    const point = (e: React.PointerEvent<HTMLCanvasElement>) => {
      const r = e.currentTarget.getBoundingClientRect();
      return { x: e.clientX - r.left, y: e.clientY - r.top };
    };
    const ink = (v: boolean) => {
      setHasInk(v);
      onChange?.(v);
    };

    return (
      <div className="space-y-2">
        <canvas
          ref={canvas}
          className="h-48 w-full touch-none rounded-md border-2 border-dashed border-slate-300 bg-white"
          aria-label={t("signatureArea")}
          data-testid="signature-pad"
          onPointerDown={(e) => {
            e.currentTarget.setPointerCapture(e.pointerId);
            last.current = point(e);
          }}
          onPointerMove={(e) => {
            if (!last.current) return;
            const ctx = e.currentTarget.getContext("2d");
            const p = point(e);
            if (!ctx) return;
            ctx.beginPath();
            ctx.moveTo(last.current.x, last.current.y);
            ctx.lineTo(p.x, p.y);
            ctx.stroke();
            last.current = p;
            if (!hasInk) ink(true);
          }}
          onPointerUp={() => {
            last.current = null;
          }}
          onPointerCancel={() => {
            last.current = null;
          }}
        />
        <div className="flex items-center justify-between gap-2 text-sm">
          <span className="text-slate-500">{hasInk ? t("signed") : t("signHere")}</span>
          <button
            type="button"
            className="btn-secondary min-h-11"
            data-testid="signature-clear"
            onClick={() => {
              const c = canvas.current;
              const ctx = c?.getContext("2d");
              if (c && ctx) {
                ctx.save();
                ctx.setTransform(1, 0, 0, 1, 0, 0);
                ctx.fillStyle = "#ffffff";
                ctx.fillRect(0, 0, c.width, c.height);
                ctx.restore();
              }
              ink(false);
            }}
          >
            {t("clearSignature")}
          </button>
        </div>
      </div>
    );
  },
);
