import { useEffect, useState } from 'react';

/** Object URLs for stored image Blobs, keyed like the input; revoked when the article closes. */
export function useObjectUrls(blobs: Record<string, Blob> | undefined): Record<string, string> {
  const [urls, setUrls] = useState<Record<string, string>>({});
  useEffect(() => {
    if (!blobs) return;
    const made = Object.fromEntries(Object.entries(blobs).map(([key, blob]) => [key, URL.createObjectURL(blob)]));
    setUrls(made);
    return () => Object.values(made).forEach((url) => URL.revokeObjectURL(url));
  }, [blobs]);
  return urls;
}
