import { Chart, LogarithmicScale } from "chart.js";

/** Chart.js's log scale, loaded only when a reader turns the comparison's log scale on. */
Chart.register(LogarithmicScale);
