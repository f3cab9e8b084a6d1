import { CustomChart, LineChart } from 'echarts/charts';
import { DataZoomInsideComponent, DataZoomSliderComponent, LegendComponent, MarkLineComponent } from 'echarts/components';
import { echarts } from '../../components/Chart';

/**
 * The chart parts only the works area draws (Gantt as a custom series, S-curves as lines, the
 * status-date line, legends, the long Gantt's scroll), registered on the wrapper's ECharts instance. Importing is enough.
 */
echarts.use([CustomChart, LineChart, LegendComponent, MarkLineComponent, DataZoomSliderComponent, DataZoomInsideComponent]);
