import { useEffect, useRef, useState } from 'react';

/**
 * A text box whose value lives in the URL: typing sends it (`onChange`, the caller replaces history) once
 * the user pauses for `delay` ms; what the URL says is shown when it changes from elsewhere (Back, "clear
 * all"). The URL's echo of what the box sent is not such a change: typing on while a slow navigation lands
 * must not lose the letters typed since. A keystroke after a pause (or a paste) is sent at once; only
 * those that follow it within `delay` wait: a person's keystrokes are mostly further apart than the delay,
 * which is there to merge bursts, not to hold every keystroke back.
 */
export function useTypedQuery(
  value: string,
  onChange: (q: string) => void,
  { delay, normalise }: { delay: number; normalise: (text: string) => string },
) {
  const [text, setText] = useState(value);
  const [lastValue, setLastValue] = useState(value);
  // What the box has sent and the URL does not show yet.
  const [sent, setSent] = useState<readonly string[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const lastTyped = useRef(0);
  // The pending send calls the latest onChange, which knows the filters as they are when it fires.
  const latestOnChange = useRef(onChange);
  const latestValue = useRef(value);
  useEffect(() => {
    latestOnChange.current = onChange;
    latestValue.current = value;
  });
  useEffect(
    () => () => {
      clearTimeout(timer.current);
    },
    [],
  );

  if (value !== lastValue) {
    setLastValue(value);
    const echo = sent.indexOf(value);
    if (echo >= 0) setSent(sent.slice(echo + 1));
    else {
      setSent([]);
      if (normalise(text) !== value) setText(value);
    }
  }

  const send = (next: string, wait: number) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const q = normalise(next);
      // No navigation, so no echo, when the URL already says it.
      if (q !== latestValue.current) setSent((pending) => [...pending, q]);
      latestOnChange.current(q);
    }, wait);
  };

  return {
    text,
    type: (next: string) => {
      setText(next);
      const now = Date.now();
      // Still a timer after a pause: the box shows the keystroke before the search starts.
      send(next, now - lastTyped.current < delay ? delay : 0);
      lastTyped.current = now;
    },
    submit: () => {
      send(text, 0);
    },
    clear: () => {
      setText('');
      send('', 0);
    },
  };
}
