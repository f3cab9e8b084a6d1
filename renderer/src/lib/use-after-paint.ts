import { useEffect, useState } from 'react';

/**
 * False on a view's first render, true once the frame drawing that render has been painted: for a
 * heavy panel beside the view's main content (issue 16: the initiatives map, 853 municipalities, drew
 * in the same task as the list, so the planner saw neither until both were done). The main content
 * shows a frame earlier; the panel draws right after, in its own task.
 */
export function useAfterPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let live = true;
    const channel = new MessageChannel();
    // A message sent from a frame callback arrives after that frame is painted.
    channel.port1.onmessage = () => live && setPainted(true);
    const frame = requestAnimationFrame(() => channel.port2.postMessage(null));
    return () => {
      live = false;
      cancelAnimationFrame(frame);
      channel.port1.close();
    };
  }, []);
  return painted;
}
