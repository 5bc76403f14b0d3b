import { createContext } from 'react';
import type { RealtimeClient } from '@/lib/realtime/realtime-client';

export const RealtimeContext = createContext<RealtimeClient | null>(null);
