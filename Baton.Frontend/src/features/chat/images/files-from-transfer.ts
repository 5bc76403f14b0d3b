/**
 * The files a paste or a drop carries. A pasted screenshot arrives as a file item with a generic
 * name (or none), so an unnamed image gets one that says what it is.
 */
export function filesFromTransfer(transfer: DataTransfer | null): File[] {
  if (transfer === null) {
    return [];
  }
  return [...transfer.files].map((file) =>
    file.name === ''
      ? new File([file], `pasted.${extensionOf(file.type)}`, { type: file.type })
      : file,
  );
}

function extensionOf(mediaType: string): string {
  const subtype = mediaType.split('/')[1] ?? '';
  return subtype === '' ? 'bin' : subtype === 'jpeg' ? 'jpg' : subtype;
}

/** Whether a drag carries files (not text or a link being dragged about). */
export function carriesFiles(transfer: DataTransfer | null): boolean {
  return transfer !== null && [...transfer.types].includes('Files');
}
