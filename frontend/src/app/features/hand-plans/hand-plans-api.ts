import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  API,
  type CreatedPlanDto,
  type CreatePlanRequest,
  type CreateTaskRequest,
  type CurrentUser,
  type EditTaskRequest,
  type TransitionResponse,
} from '@dondoc/contracts';
import { firstValueFrom } from 'rxjs';

/** Plans and tasks written by hand: one request, one answer each. */
@Injectable({ providedIn: 'root' })
export class HandPlansApi {
  private readonly http = inject(HttpClient);

  createPlan(plan: CreatePlanRequest): Promise<CreatedPlanDto> {
    return firstValueFrom(this.http.post<CreatedPlanDto>(API.plans, plan));
  }

  addTask(planId: string, task: CreateTaskRequest): Promise<TransitionResponse> {
    return firstValueFrom(this.http.post<TransitionResponse>(API.planTasks(planId), task));
  }

  editTask(taskId: string, edit: EditTaskRequest): Promise<TransitionResponse> {
    return firstValueFrom(this.http.patch<TransitionResponse>(API.task(taskId), edit));
  }
}

/** The office that may write plans besides the admin (the server decides; this only hides buttons). */
const OFFICE_UNIT_CODE = 'VP';

export function writesPlans(user: CurrentUser | null): boolean {
  return !!user && (user.roles.includes('admin') || user.unit?.code === OFFICE_UNIT_CODE);
}
