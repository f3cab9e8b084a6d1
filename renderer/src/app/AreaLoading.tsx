import { Center, Loader } from '@mantine/core';

/** What shows while an area's chunk loads (a fraction of a second from disk). */
export function AreaLoading() {
  return (
    <Center h="40vh" data-testid="area-loading">
      <Loader size="sm" />
    </Center>
  );
}
