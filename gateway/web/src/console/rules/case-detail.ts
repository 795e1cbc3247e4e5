/** How the case detail words its figures. Pure. */

/** 转报用时: seconds from the township's acceptance to the county's receipt, in the clerk's units. */
export function forwardingDelayText(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined) return '尚未转报';
  if (seconds < 60) return `${seconds} 秒`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} 分钟`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours < 24) return rest ? `${hours} 小时 ${rest} 分钟` : `${hours} 小时`;
  const days = Math.floor(hours / 24);
  return hours % 24 ? `${days} 天 ${hours % 24} 小时` : `${days} 天`;
}
