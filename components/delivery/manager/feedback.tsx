"use client";
import { createContext, useContext, useState } from "react";
import { Alert } from "@/components/ui/alert";

type Message = { kind: "error" | "success"; text: string };
const Ctx = createContext<(m: Message | null) => void>(() => undefined);

/**
 * Holds the last result of a decision above the list it wraps: the decided row leaves the
 * list when the page data is refreshed, the message stays.
 */
export function FeedbackProvider({ children, testId }: { children: React.ReactNode; testId: string }) {
  const [message, setMessage] = useState<Message | null>(null);
  return (
    <Ctx.Provider value={setMessage}>
      {message && (
        <div className="mb-3">
          <Alert kind={message.kind} testId={testId}>
            {message.text}
          </Alert>
        </div>
      )}
      {children}
    </Ctx.Provider>
  );
}

export function useFeedback() {
  return useContext(Ctx);
}
